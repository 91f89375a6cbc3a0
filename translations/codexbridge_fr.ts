<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountRouter</name>
    <message>
        <source>No usable ChatGPT account in Codex Bridge: every account is disabled or needs to sign in again (`codex-bridge accounts add`).</source>
        <translation>Aucun compte ChatGPT utilisable dans Codex Bridge&#xa0;: tous les comptes sont désactivés ou doivent se reconnecter (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>Every ChatGPT account reached its usage limit; the first one resets at %1 (in %2 min).</source>
        <translation>Tous les comptes ChatGPT ont atteint leur limite d’utilisation&#xa0;; le premier sera réinitialisé à %1 (dans %2 min).</translation>
    </message>
    <message>
        <source>Every ChatGPT account failed just now; retry in %1 s.</source>
        <translation>Tous les comptes ChatGPT viennent d’échouer&#xa0;; réessayez dans %1 s.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation>Aucun magasin de secrets n’est disponible.</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read (%2). It was left untouched; fix or remove it, or remove all accounts to start again.</source>
        <translation>Le fichier des comptes %1 n’a pas pu être lu (%2). Il n’a pas été modifié&#xa0;; corrigez-le ou supprimez-le, ou supprimez tous les comptes pour repartir de zéro.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>pas un objet JSON</translation>
    </message>
    <message>
        <source>written by a newer version of Codex Bridge</source>
        <translation>écrit par une version plus récente de Codex Bridge</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list</source>
        <translation>&quot;accounts&quot; n’est pas une liste</translation>
    </message>
    <message>
        <source>an account entry is not an object with an email or an account id</source>
        <translation>une entrée de compte n’est pas un objet avec une adresse e-mail ou un identifiant de compte</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read, so it is not changed; fix or remove it first.</source>
        <translation>Le fichier des comptes %1 n’a pas pu être lu, il n’est donc pas modifié&#xa0;; corrigez-le ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>An account needs an email or an account id.</source>
        <translation>Un compte nécessite une adresse e-mail ou un identifiant de compte.</translation>
    </message>
    <message>
        <source>The account %1 has no tokens.</source>
        <translation>Le compte %1 n’a pas de jetons.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Il n’existe aucun compte %1.</translation>
    </message>
    <message>
        <source>Cannot move the unreadable accounts file %1 aside.</source>
        <translation>Impossible de mettre de côté le fichier des comptes illisible %1.</translation>
    </message>
    <message>
        <source>No tokens are stored for the account %1; sign in again.</source>
        <translation>Aucun jeton n’est enregistré pour le compte %1&#xa0;; reconnectez-vous.</translation>
    </message>
    <message>
        <source>The stored tokens of the account %1 are damaged; sign in again.</source>
        <translation>Les jetons enregistrés du compte %1 sont endommagés&#xa0;; reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Sign in to a ChatGPT account and add it.</source>
        <translation>Se connecter à un compte ChatGPT et l’ajouter.</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and read the address the browser ends up on (or the code) from the terminal.</source>
        <translation>Ne pas ouvrir de navigateur&#xa0;: afficher l’adresse de connexion et lire depuis le terminal l’adresse à laquelle le navigateur aboutit (ou le code).</translation>
    </message>
    <message>
        <source>Add a ChatGPT account.</source>
        <translation>Ajouter un compte ChatGPT.</translation>
    </message>
    <message>
        <source>Got the sign-in reply, finishing...</source>
        <translation>Réponse de connexion reçue, finalisation...</translation>
    </message>
    <message>
        <source>Signed in, but the account could not be stored: %1</source>
        <translation>Connecté, mais le compte n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>forfait inconnu</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT in the browser window that just opened. If none opened, visit:</source>
        <translation>Connectez-vous à ChatGPT dans la fenêtre du navigateur qui vient de s’ouvrir. Si aucune ne s’est ouverte, rendez-vous sur&#xa0;:</translation>
    </message>
    <message>
        <source>Open this address in a browser (on this or any other machine) and sign in to ChatGPT:</source>
        <translation>Ouvrez cette adresse dans un navigateur (sur cette machine ou une autre) et connectez-vous à ChatGPT&#xa0;:</translation>
    </message>
    <message>
        <source>Note: the sign-in reply cannot reach this program directly (the callback port is busy).</source>
        <translation>Remarque&#xa0;: la réponse de connexion ne peut pas parvenir directement à ce programme (le port de rappel est occupé).</translation>
    </message>
    <message>
        <source>After signing in, the browser goes to %1?code=... If that page does not say &quot;Signed in&quot; (for example because the browser runs on another machine), copy the whole address from the browser&apos;s address bar and paste it here, then press Enter:</source>
        <translation>Après la connexion, le navigateur ouvre %1?code=... Si cette page n’affiche pas «&#xa0;Connecté&#xa0;» (par exemple parce que le navigateur s’exécute sur une autre machine), copiez l’adresse complète depuis la barre d’adresse du navigateur, collez-la ici, puis appuyez sur Entrée&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Manage ChatGPT accounts.</source>
        <translation>Gérer les comptes ChatGPT.</translation>
    </message>
    <message>
        <source>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</source>
        <translation>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Aucun compte %1.</translation>
    </message>
    <message>
        <source>Active account: %1.</source>
        <translation>Compte actif&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 supprimé.</translation>
    </message>
    <message>
        <source>Removed all accounts.</source>
        <translation>Tous les comptes ont été supprimés.</translation>
    </message>
    <message>
        <source>Unknown or incomplete command: accounts %1</source>
        <translation>Commande inconnue ou incomplète&#xa0;: accounts %1</translation>
    </message>
    <message>
        <source>Could not store the account: %1</source>
        <translation>Impossible d’enregistrer le compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>forfait inconnu</translation>
    </message>
    <message>
        <source>Updated %1 (%2).</source>
        <translation>%1 (%2) mis à jour.</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 (%2) importé.</translation>
    </message>
    <message>
        <source>Note: Codex Bridge now refreshes its own copy of this login. Refresh tokens are single-use, so the Codex CLI may ask you to sign in again after Codex Bridge refreshed.</source>
        <translation>Remarque&#xa0;: Codex Bridge renouvelle désormais sa propre copie de cette connexion. Les jetons de rafraîchissement sont à usage unique&#xa0;; la CLI Codex peut donc vous demander de vous reconnecter après un renouvellement par Codex Bridge.</translation>
    </message>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts import` or `codex-bridge accounts add`.</source>
        <translation>Aucun compte. Ajoutez-en un avec `codex-bridge accounts import` ou `codex-bridge accounts add`.</translation>
    </message>
</context>
<context>
    <name>AccountsQuotaCommand</name>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts add` or `codex-bridge accounts import`.</source>
        <translation>Aucun compte. Ajoutez-en un avec `codex-bridge accounts add` ou `codex-bridge accounts import`.</translation>
    </message>
    <message>
        <source>cannot read its tokens: %1</source>
        <translation>impossible de lire ses jetons&#xa0;: %1</translation>
    </message>
    <message>
        <source>the access token was refused (sign in again, or let the proxy refresh it by serving a request)</source>
        <translation>le jeton d’accès a été refusé (reconnectez-vous, ou laissez le proxy le renouveler en traitant une requête)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>quota not available: %1</source>
        <translation>quota non disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>plan:    %1</source>
        <translation>forfait&#xa0;:   %1</translation>
    </message>
    <message>
        <source>5-hour:  %1</source>
        <translation>5 heures&#xa0;:  %1</translation>
    </message>
    <message>
        <source>weekly:  %1</source>
        <translation>semaine&#xa0;:   %1</translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>limite atteinte</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1&#xa0;% utilisé</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>, resets %1 (in %2)</source>
        <translation>, réinitialisation le %1 (dans %2)</translation>
    </message>
</context>
<context>
    <name>AnthropicRequestTranslator</name>
    <message>
        <source>model: field required (a non-empty string)</source>
        <translation>model&#xa0;: champ obligatoire (une chaîne non vide)</translation>
    </message>
    <message>
        <source>messages: field required (an array of messages)</source>
        <translation>messages&#xa0;: champ obligatoire (un tableau de messages)</translation>
    </message>
    <message>
        <source>messages: must be an array of messages</source>
        <translation>messages&#xa0;: doit être un tableau de messages</translation>
    </message>
    <message>
        <source>messages: at least one message is required</source>
        <translation>messages&#xa0;: au moins un message est requis</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>La méthode %1 n’est pas autorisée sur %2.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>Aucune route pour %1 %2.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Le corps de la requête n’est pas du JSON valide&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>messages: an array is required.</source>
        <translation>messages&#xa0;: un tableau est requis.</translation>
    </message>
    <message>
        <source>model: a model name (string) is required.</source>
        <translation>model&#xa0;: un nom de modèle (chaîne) est requis.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Use Claude Code with your ChatGPT subscription</source>
        <translation>Utilisez Claude Code avec votre abonnement ChatGPT</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>Impossible de modifier l’entrée de démarrage de Windows.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ChatRequestTranslator</name>
    <message>
        <source>The request has no &quot;model&quot;.</source>
        <translation>La requête ne contient pas de &quot;model&quot;.</translation>
    </message>
    <message>
        <source>&quot;model&quot; must be a non-empty string.</source>
        <translation>&quot;model&quot; doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>Only &quot;n&quot;: 1 is supported: the ChatGPT backend returns one choice per request.</source>
        <translation>Seul &quot;n&quot;: 1 est pris en charge&#xa0;: le backend ChatGPT renvoie un seul choix par requête.</translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be a boolean.</source>
        <translation>&quot;stream&quot; doit être un booléen.</translation>
    </message>
    <message>
        <source>%1.name must be a non-empty string.</source>
        <translation>%1.name doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>&quot;tools&quot; must be an array.</source>
        <translation>&quot;tools&quot; doit être un tableau.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 doit être un objet.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; only &quot;function&quot; tools are.</source>
        <translation>%1.type &quot;%2&quot; n’est pas pris en charge&#xa0;; seuls les outils &quot;function&quot; le sont.</translation>
    </message>
    <message>
        <source>%1.function must be an object.</source>
        <translation>%1.function doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;functions&quot; must be an array.</source>
        <translation>&quot;functions&quot; doit être un tableau.</translation>
    </message>
    <message>
        <source>&quot;web_search_options&quot; must be an object.</source>
        <translation>&quot;web_search_options&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>%1.description must be a string.</source>
        <translation>%1.description doit être une chaîne.</translation>
    </message>
    <message>
        <source>%1.parameters must be a JSON schema object.</source>
        <translation>%1.parameters doit être un objet de schéma JSON.</translation>
    </message>
    <message>
        <source>%1 must be &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; or a function.</source>
        <translation>%1 doit être &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; ou une fonction.</translation>
    </message>
    <message>
        <source>%1.allowed_tools.mode must be &quot;auto&quot; or &quot;required&quot;.</source>
        <translation>%1.allowed_tools.mode doit être &quot;auto&quot; ou &quot;required&quot;.</translation>
    </message>
    <message>
        <source>%1 must name a function: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation>%1 doit désigner une fonction&#xa0;: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</translation>
    </message>
    <message>
        <source>%1 must be a string or an object.</source>
        <translation>%1 doit être une chaîne ou un objet.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 doit être l’une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;response_format.json_schema&quot; needs a &quot;name&quot; and a &quot;schema&quot; object.</source>
        <translation>&quot;response_format.json_schema&quot; nécessite un &quot;name&quot; et un objet &quot;schema&quot;.</translation>
    </message>
    <message>
        <source>&quot;response_format.type&quot; must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;.</source>
        <translation>&quot;response_format.type&quot; doit être &quot;text&quot;, &quot;json_object&quot; ou &quot;json_schema&quot;.</translation>
    </message>
    <message>
        <source>&quot;response_format&quot; must be an object.</source>
        <translation>&quot;response_format&quot; doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;verbosity&quot; must be &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;.</source>
        <translation>&quot;verbosity&quot; doit être &quot;low&quot;, &quot;medium&quot; ou &quot;high&quot;.</translation>
    </message>
    <message>
        <source>The request has no &quot;messages&quot;.</source>
        <translation>La requête ne contient pas de &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array.</source>
        <translation>&quot;messages&quot; doit être un tableau.</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must contain at least one message.</source>
        <translation>&quot;messages&quot; doit contenir au moins un message.</translation>
    </message>
    <message>
        <source>%1.role must be a string.</source>
        <translation>%1.role doit être une chaîne.</translation>
    </message>
    <message>
        <source>%1.role &quot;%2&quot; is not supported; use system, developer, user, assistant or tool.</source>
        <translation>%1.role &quot;%2&quot; n’est pas pris en charge&#xa0;; utilisez system, developer, user, assistant ou tool.</translation>
    </message>
    <message>
        <source>%1 must be a string or an array of content parts.</source>
        <translation>%1 doit être une chaîne ou un tableau de parties de contenu.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not allowed here; only text parts are.</source>
        <translation>%1.type &quot;%2&quot; n’est pas autorisé ici&#xa0;; seules les parties texte le sont.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 ne contient pas de texte.</translation>
    </message>
    <message>
        <source>%1.text must be a string.</source>
        <translation>%1.text doit être une chaîne.</translation>
    </message>
    <message>
        <source>%1.image_url.url must be a data: URL or an http(s) URL.</source>
        <translation>%1.image_url.url doit être une URL data: ou une URL http(s).</translation>
    </message>
    <message>
        <source>%1.file.file_id is not supported (there is no file store); send the file as file_data.</source>
        <translation>%1.file.file_id n’est pas pris en charge (il n’y a pas de stockage de fichiers)&#xa0;; envoyez le fichier en tant que file_data.</translation>
    </message>
    <message>
        <source>%1.file.file_data must be a non-empty string.</source>
        <translation>%1.file.file_data doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>%1: audio input is not supported by the ChatGPT backend.</source>
        <translation>%1&#xa0;: l’entrée audio n’est pas prise en charge par le backend ChatGPT.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; use text, image_url or file.</source>
        <translation>%1.type &quot;%2&quot; n’est pas pris en charge&#xa0;; utilisez text, image_url ou file.</translation>
    </message>
    <message>
        <source>%1 must be a string of JSON.</source>
        <translation>%1 doit être une chaîne JSON.</translation>
    </message>
    <message>
        <source>%1.tool_calls must be an array.</source>
        <translation>%1.tool_calls doit être un tableau.</translation>
    </message>
    <message>
        <source>%1.id must be a non-empty string.</source>
        <translation>%1.id doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>%1.function.name must be a non-empty string.</source>
        <translation>%1.function.name doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>%1.function_call.name must be a non-empty string.</source>
        <translation>%1.function_call.name doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>%1.function_call must be an object.</source>
        <translation>%1.function_call doit être un objet.</translation>
    </message>
    <message>
        <source>%1.tool_call_id must be a non-empty string.</source>
        <translation>%1.tool_call_id doit être une chaîne non vide.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported in a tool message; use text.</source>
        <translation>%1.type &quot;%2&quot; n’est pas pris en charge dans un message d’outil&#xa0;; utilisez text.</translation>
    </message>
</context>
<context>
    <name>ChatStreamTranslator</name>
    <message>
        <source>The ChatGPT backend closed the stream before the response was complete.</source>
        <translation>Le backend ChatGPT a fermé le flux avant que la réponse soit complète.</translation>
    </message>
    <message>
        <source>The ChatGPT backend reported a failure without details.</source>
        <translation>Le backend ChatGPT a signalé un échec sans détails.</translation>
    </message>
</context>
<context>
    <name>ClaudeCommand</name>
    <message>
        <source>Point Claude Code (its settings.json) at this proxy, or back.</source>
        <translation>Faire pointer Claude Code (son settings.json) vers ce proxy, ou revenir en arrière.</translation>
    </message>
    <message>
        <source>on | off | status</source>
        <translation>on | off | status</translation>
    </message>
    <message>
        <source>The proxy&apos;s address (default: settings.json).</source>
        <translation>L’adresse du proxy (par défaut&#xa0;: settings.json).</translation>
    </message>
    <message>
        <source>The proxy&apos;s port (default: settings.json).</source>
        <translation>Le port du proxy (par défaut&#xa0;: settings.json).</translation>
    </message>
    <message>
        <source>The proxy&apos;s client key (default: settings.json or CODEX_BRIDGE_CLIENT_KEY).</source>
        <translation>La clé client du proxy (par défaut&#xa0;: settings.json ou CODEX_BRIDGE_CLIENT_KEY).</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Port non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The proxy&apos;s port is 0 (chosen when it starts); pass the port it listens on with --port.</source>
        <translation>Le port du proxy est 0 (choisi à son démarrage)&#xa0;; indiquez le port sur lequel il écoute avec --port.</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge at %1 (%2).</source>
        <translation>Claude Code utilise désormais Codex Bridge à l’adresse %1 (%2).</translation>
    </message>
    <message>
        <source>Claude Code no longer uses Codex Bridge; the previous settings are back (%1).</source>
        <translation>Claude Code n’utilise plus Codex Bridge&#xa0;; les paramètres précédents sont rétablis (%1).</translation>
    </message>
    <message>
        <source>on: Claude Code uses this proxy (%1)</source>
        <translation>on&#xa0;: Claude Code utilise ce proxy (%1)</translation>
    </message>
    <message>
        <source>outdated: Claude Code points at this proxy (%1) but with other values; run `codex-bridge claude on` to update them</source>
        <translation>outdated&#xa0;: Claude Code pointe vers ce proxy (%1) mais avec d’autres valeurs&#xa0;; exécutez `codex-bridge claude on` pour les mettre à jour</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid&#xa0;: %1</translation>
    </message>
    <message>
        <source>off: Claude Code does not use this proxy (%1)</source>
        <translation>off&#xa0;: Claude Code n’utilise pas ce proxy (%1)</translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation> (n’existe pas)</translation>
    </message>
    <message>
        <source>settings file: %1%2</source>
        <translation>fichier de paramètres&#xa0;: %1%2</translation>
    </message>
    <message>
        <source>saved values to restore with `codex-bridge claude off`: yes</source>
        <translation>valeurs enregistrées à restaurer avec `codex-bridge claude off`&#xa0;: oui</translation>
    </message>
    <message>
        <source>Claude Code does not use Codex Bridge (%1); nothing to change.</source>
        <translation>Claude Code n’utilise pas Codex Bridge (%1)&#xa0;; rien à modifier.</translation>
    </message>
</context>
<context>
    <name>ClaudeConfigApi</name>
    <message>
        <source>The Claude Code configuration is not available.</source>
        <translation>La configuration de Claude Code n’est pas disponible.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>Aucune route pour %1 %2.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>La méthode %1 n’est pas autorisée sur %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object (%1).</source>
        <translation>Le corps de la requête doit être un objet JSON (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>pas un objet</translation>
    </message>
    <message>
        <source>apiKey was not written: Codex Bridge keeps API keys out of files. Set ANTHROPIC_API_KEY in your environment to use the Anthropic API directly.</source>
        <translation>apiKey n’a pas été écrit&#xa0;: Codex Bridge ne stocke pas de clés API dans des fichiers. Définissez ANTHROPIC_API_KEY dans votre environnement pour utiliser directement l’API Anthropic.</translation>
    </message>
    <message>
        <source>Claude CLI configured to use proxy at %1</source>
        <translation>Claude CLI configuré pour utiliser le proxy à l’adresse %1</translation>
    </message>
    <message>
        <source>Claude CLI configured for direct API; previous settings restored</source>
        <translation>Claude CLI configuré pour l’API directe&#xa0;; paramètres précédents restaurés</translation>
    </message>
</context>
<context>
    <name>ClaudeSettingsEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). It was left untouched; fix it and try again.</source>
        <translation>%1 n’est pas du JSON valide (%2). Il n’a pas été modifié&#xa0;; corrigez-le et réessayez.</translation>
    </message>
    <message>
        <source>In %1, “env” is not an object. The file was left untouched; fix it and try again.</source>
        <translation>Dans %1, “env” n’est pas un objet. Le fichier n’a pas été modifié&#xa0;; corrigez-le et réessayez.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); move it away to start over.</source>
        <translation>%1 n’est pas du JSON valide (%2)&#xa0;; déplacez-le pour repartir de zéro.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Codex Bridge was editing it. Nothing was written; try again.</source>
        <translation>%1 a été modifié par un autre programme pendant que Codex Bridge le modifiait. Rien n’a été écrit&#xa0;; réessayez.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2; %3 was left untouched.</source>
        <translation>Impossible d’écrire la sauvegarde %1&#xa0;: %2&#xa0;; %3 n’a pas été modifié.</translation>
    </message>
    <message>
        <source>%1 was changed by hand after Codex Bridge set it; it was left as it is.</source>
        <translation>%1 a été modifié à la main après que Codex Bridge l’a défini&#xa0;; il a été laissé tel quel.</translation>
    </message>
    <message>
        <source>Cannot restore %1 in %2: %3</source>
        <translation>Impossible de restaurer %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Cannot set %1 in %2: %3</source>
        <translation>Impossible de définir %1 dans %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>No saved values were found; the Codex Bridge entries were removed from %1.</source>
        <translation>Aucune valeur enregistrée n’a été trouvée&#xa0;; les entrées de Codex Bridge ont été supprimées de %1.</translation>
    </message>
</context>
<context>
    <name>CodexAuthImporter</name>
    <message>
        <source>No Codex CLI login found at %1. Sign in with &quot;codex login&quot; first, or sign in here.</source>
        <translation>Aucune connexion de la CLI Codex trouvée dans %1. Connectez-vous d’abord avec &quot;codex login&quot;, ou connectez-vous ici.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The Codex CLI login file is not valid JSON.</source>
        <translation>Le fichier de connexion de la CLI Codex n’est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The Codex CLI is logged in with an API key. Codex Bridge needs a ChatGPT sign-in (&quot;codex login&quot; with your ChatGPT account).</source>
        <translation>La CLI Codex est connectée avec une clé API. Codex Bridge nécessite une connexion ChatGPT (&quot;codex login&quot; avec votre compte ChatGPT).</translation>
    </message>
    <message>
        <source>The Codex CLI login file contains no sign-in tokens.</source>
        <translation>Le fichier de connexion de la CLI Codex ne contient aucun jeton de connexion.</translation>
    </message>
    <message>
        <source>The Codex CLI login is incomplete (no access or refresh token); run &quot;codex login&quot; again.</source>
        <translation>La connexion de la CLI Codex est incomplète (pas de jeton d’accès ni de rafraîchissement)&#xa0;; exécutez à nouveau &quot;codex login&quot;.</translation>
    </message>
    <message>
        <source>The Codex CLI login does not say which account it is (no email or account id in its tokens); run &quot;codex login&quot; again.</source>
        <translation>La connexion de la CLI Codex n’indique pas de quel compte il s’agit (aucune adresse e-mail ni identifiant de compte dans ses jetons)&#xa0;; exécutez à nouveau &quot;codex login&quot;.</translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>No ChatGPT account is set up in Codex Bridge. Add one with `codex-bridge accounts import` (copies your Codex CLI login) or `codex-bridge accounts add`.</source>
        <translation>Aucun compte ChatGPT n’est configuré dans Codex Bridge. Ajoutez-en un avec `codex-bridge accounts import` (copie votre connexion de la CLI Codex) ou `codex-bridge accounts add`.</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 needs to sign in again: run `codex-bridge accounts add`.</source>
        <translation>Le compte ChatGPT %1 doit se reconnecter&#xa0;: exécutez `codex-bridge accounts add`.</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 is disabled; switch to another account.</source>
        <translation>Le compte ChatGPT %1 est désactivé&#xa0;; passez à un autre compte.</translation>
    </message>
    <message>
        <source>The tokens of ChatGPT account %1 cannot be read: %2</source>
        <translation>Les jetons du compte ChatGPT %1 ne peuvent pas être lus&#xa0;: %2</translation>
    </message>
    <message>
        <source>The token refresh failed.</source>
        <translation>Le renouvellement du jeton a échoué.</translation>
    </message>
</context>
<context>
    <name>DashboardAssets</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>La méthode %1 n’est pas autorisée sur %2.</translation>
    </message>
    <message>
        <source>The dashboard is missing from this build.</source>
        <translation>Le tableau de bord est absent de cette version.</translation>
    </message>
</context>
<context>
    <name>DashboardRoutes</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>La méthode %1 n’est pas autorisée sur %2.</translation>
    </message>
    <message>
        <source>Too many open request-log streams.</source>
        <translation>Trop de flux du journal des requêtes ouverts.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Codex Bridge — Dashboard</source>
        <translation>Codex Bridge — Tableau de bord</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Impossible de lire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged and was left untouched; fix or remove it.</source>
        <translation>Le fichier de secrets %1 est endommagé et n’a pas été modifié&#xa0;; corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer version of Codex Bridge.</source>
        <translation>Le fichier de secrets %1 a été écrit par une version plus récente de Codex Bridge.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Impossible d’écrire le fichier de secrets %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of the secrets file %1.</source>
        <translation>Impossible de restreindre les permissions du fichier de secrets %1.</translation>
    </message>
    <message>
        <source>The secret of %1 in %2 is damaged.</source>
        <translation>Le secret de %1 dans %2 est endommagé.</translation>
    </message>
</context>
<context>
    <name>FunctionCallPairing</name>
    <message>
        <source>Result of tool call %1:</source>
        <translation>Résultat de l’appel d’outil %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>Timed out waiting for the request header</source>
        <translation>Délai dépassé en attendant l’en-tête de la requête</translation>
    </message>
    <message>
        <source>Timed out waiting for the request body</source>
        <translation>Délai dépassé en attendant le corps de la requête</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>Request header section too large</source>
        <translation>Section d’en-têtes de la requête trop volumineuse</translation>
    </message>
    <message>
        <source>Malformed request line</source>
        <translation>Ligne de requête mal formée</translation>
    </message>
    <message>
        <source>Invalid request method</source>
        <translation>Méthode de requête non valide</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>Version HTTP non prise en charge</translation>
    </message>
    <message>
        <source>Invalid character in request target</source>
        <translation>Caractère non valide dans la cible de la requête</translation>
    </message>
    <message>
        <source>Invalid request target</source>
        <translation>Cible de requête non valide</translation>
    </message>
    <message>
        <source>Invalid percent-encoding in request path</source>
        <translation>Encodage-pourcent non valide dans le chemin de la requête</translation>
    </message>
    <message>
        <source>Request trailer section too large</source>
        <translation>Section de trailers de la requête trop volumineuse</translation>
    </message>
    <message>
        <source>Folded header lines are not supported</source>
        <translation>Les lignes d’en-tête repliées ne sont pas prises en charge</translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation>Ligne d’en-tête mal formée</translation>
    </message>
    <message>
        <source>Invalid header name</source>
        <translation>Nom d’en-tête non valide</translation>
    </message>
    <message>
        <source>Invalid character in header value</source>
        <translation>Caractère non valide dans la valeur d’en-tête</translation>
    </message>
    <message>
        <source>Missing Host header</source>
        <translation>En-tête Host manquant</translation>
    </message>
    <message>
        <source>Multiple Host headers</source>
        <translation>Plusieurs en-têtes Host</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>Content-Length non valide</translation>
    </message>
    <message>
        <source>Conflicting Content-Length values</source>
        <translation>Valeurs Content-Length contradictoires</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding are present</source>
        <translation>Content-Length et Transfer-Encoding sont tous deux présents</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not allowed in HTTP/1.0 requests</source>
        <translation>Transfer-Encoding n’est pas autorisé dans les requêtes HTTP/1.0</translation>
    </message>
    <message>
        <source>Invalid Transfer-Encoding</source>
        <translation>Transfer-Encoding non valide</translation>
    </message>
    <message>
        <source>Unsupported Transfer-Encoding</source>
        <translation>Transfer-Encoding non pris en charge</translation>
    </message>
    <message>
        <source>Unsupported Expect value</source>
        <translation>Valeur Expect non prise en charge</translation>
    </message>
    <message>
        <source>Request body too large</source>
        <translation>Corps de la requête trop volumineux</translation>
    </message>
    <message>
        <source>Chunk size line too long</source>
        <translation>Ligne de taille de bloc trop longue</translation>
    </message>
    <message>
        <source>Invalid chunk size</source>
        <translation>Taille de bloc non valide</translation>
    </message>
    <message>
        <source>Invalid chunk extension</source>
        <translation>Extension de bloc non valide</translation>
    </message>
    <message>
        <source>Missing line break after chunk data</source>
        <translation>Saut de ligne manquant après les données du bloc</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Trop de connexions</translation>
    </message>
    <message>
        <source>Cannot accept connections (%1); retrying</source>
        <translation>Impossible d’accepter des connexions (%1)&#xa0;; nouvelle tentative</translation>
    </message>
</context>
<context>
    <name>JsonTextEditor</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 à la ligne %2, colonne %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>le niveau supérieur n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>The edit was refused because it would make the document invalid (%1).</source>
        <translation>La modification a été refusée car elle rendrait le document non valide (%1).</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>“%1” n’est pas un objet</translation>
    </message>
    <message>
        <source>No value to set.</source>
        <translation>Aucune valeur à définir.</translation>
    </message>
    <message>
        <source>An empty path names no member.</source>
        <translation>Un chemin vide ne désigne aucun membre.</translation>
    </message>
    <message>
        <source>The new value is not one JSON value.</source>
        <translation>La nouvelle valeur n’est pas une valeur JSON unique.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>On a machine without a keychain, set CODEX_BRIDGE_SECRET_STORE=file to keep the tokens in a file only you can read.</source>
        <translation>Sur une machine sans trousseau, définissez CODEX_BRIDGE_SECRET_STORE=file pour conserver les jetons dans un fichier que vous seul pouvez lire.</translation>
    </message>
    <message>
        <source>access was denied when the keychain asked</source>
        <translation>l’accès a été refusé lorsque le trousseau l’a demandé</translation>
    </message>
    <message>
        <source>the keychain is locked or denied access (%1)</source>
        <translation>le trousseau est verrouillé ou a refusé l’accès (%1)</translation>
    </message>
    <message>
        <source>no keychain (Secret Service) is available (%1)</source>
        <translation>aucun trousseau (Secret Service) n’est disponible (%1)</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) could not be used (%1)</source>
        <translation>le trousseau (Secret Service) n’a pas pu être utilisé (%1)</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 seconds (it may be locked and waiting for a password, or the Secret Service is not responding). %3</source>
        <translation>%1&#xa0;: le trousseau n’a pas répondu dans les %2 secondes (il est peut-être verrouillé et attend un mot de passe, ou le Secret Service ne répond pas). %3</translation>
    </message>
    <message>
        <source>%1: the keychain is locked; unlock it (for example by logging in to the desktop session) and try again. %2</source>
        <translation>%1&#xa0;: le trousseau est verrouillé&#xa0;; déverrouillez-le (par exemple en ouvrant la session de bureau) et réessayez. %2</translation>
    </message>
    <message>
        <source>Could not read the tokens of %1 from the OS keychain</source>
        <translation>Impossible de lire les jetons de %1 depuis le trousseau du système</translation>
    </message>
    <message>
        <source>Could not store the tokens of %1 in the OS keychain</source>
        <translation>Impossible d’enregistrer les jetons de %1 dans le trousseau du système</translation>
    </message>
    <message>
        <source>Could not delete the tokens of %1 from the OS keychain</source>
        <translation>Impossible de supprimer les jetons de %1 du trousseau du système</translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message>
        <source>Cannot write the management key %1: %2</source>
        <translation>Impossible d’écrire la clé d’administration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The management key is wrong.</source>
        <translation>La clé d’administration est incorrecte.</translation>
    </message>
    <message>
        <source>Account management needs the management key (header X-Codex-Bridge-Key, from %1 in the config dir) or a request from the Codex Bridge dashboard.</source>
        <translation>La gestion des comptes nécessite la clé d’administration (en-tête X-Codex-Bridge-Key, issue de %1 dans le dossier de configuration) ou une requête provenant du tableau de bord de Codex Bridge.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>La méthode %1 n’est pas autorisée sur %2.</translation>
    </message>
    <message>
        <source>Sign-in callbacks are not taken on this port.</source>
        <translation>Les rappels de connexion ne sont pas acceptés sur ce port.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>Aucune route pour %1 %2.</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1</source>
        <translation>Impossible de démarrer la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send {&quot;email&quot;: &quot;...&quot;} to choose the account.</source>
        <translation>Envoyez {&quot;email&quot;: &quot;...&quot;} pour choisir le compte.</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Aucun compte %1.</translation>
    </message>
    <message>
        <source>Switched to account: %1</source>
        <translation>Passé au compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Removed account: %1</source>
        <translation>Compte supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no active account.</source>
        <translation>Il n’y a aucun compte actif.</translation>
    </message>
    <message>
        <source>Quota tracking is not running.</source>
        <translation>Le suivi du quota n’est pas actif.</translation>
    </message>
    <message>
        <source>Usage statistics are not running.</source>
        <translation>Les statistiques d’utilisation ne sont pas actives.</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model catalogue is not a JSON object.</source>
        <translation>Le catalogue de modèles n’est pas un objet JSON.</translation>
    </message>
    <message>
        <source>The model catalogue has no &quot;models&quot; list.</source>
        <translation>Le catalogue de modèles n’a pas de liste &quot;models&quot;.</translation>
    </message>
    <message>
        <source>The model catalogue lists no model.</source>
        <translation>Le catalogue de modèles ne répertorie aucun modèle.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>ModelMapper</name>
    <message>
        <source>The model for &quot;%1&quot; must be a model name; the entry was ignored.</source>
        <translation>Le modèle pour &quot;%1&quot; doit être un nom de modèle&#xa0;; l’entrée a été ignorée.</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be an object; it was ignored.</source>
        <translation>&quot;families&quot; doit être un objet&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>Unknown model family &quot;%1&quot; (use opus, sonnet or haiku); it was ignored.</source>
        <translation>Famille de modèles inconnue &quot;%1&quot; (utilisez opus, sonnet ou haiku)&#xa0;; elle a été ignorée.</translation>
    </message>
    <message>
        <source>&quot;aliases&quot; must be an object; it was ignored.</source>
        <translation>&quot;aliases&quot; doit être un objet&#xa0;; il a été ignoré.</translation>
    </message>
    <message>
        <source>An alias with an empty name was ignored.</source>
        <translation>Un alias au nom vide a été ignoré.</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackResult</name>
    <message>
        <source>The sign-in reply does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>La réponse de connexion ne correspond pas à cette connexion (state différent). Recommencez la connexion.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied in the browser.</source>
        <translation>La connexion a été annulée ou l’accès a été refusé dans le navigateur.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1.</source>
        <translation>La connexion a échoué&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1 (%2).</source>
        <translation>La connexion a échoué&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>That is neither the address the browser was sent to after signing in nor an authorization code.</source>
        <translation>Ce n’est ni l’adresse vers laquelle le navigateur a été redirigé après la connexion, ni un code d’autorisation.</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackServer</name>
    <message>
        <source>Cannot receive the sign-in: the callback port(s) %1 on localhost are in use by another program (is another sign-in or the Codex CLI login running?). Close it and try again.</source>
        <translation>Impossible de recevoir la connexion&#xa0;: le ou les ports de rappel %1 sur localhost sont utilisés par un autre programme (une autre connexion ou la connexion de la CLI Codex est-elle en cours&#xa0;?). Fermez-le et réessayez.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>La connexion a été annulée.</translation>
    </message>
    <message>
        <source>Signed in to Codex Bridge</source>
        <translation>Connecté à Codex Bridge</translation>
    </message>
    <message>
        <source>Codex Bridge sign-in failed</source>
        <translation>Échec de la connexion à Codex Bridge</translation>
    </message>
    <message>
        <source>You can close this tab and return to Codex Bridge.</source>
        <translation>Vous pouvez fermer cet onglet et revenir à Codex Bridge.</translation>
    </message>
    <message>
        <source>This sign-in has already been handled. Start a new one if needed.</source>
        <translation>Cette connexion a déjà été traitée. Lancez-en une nouvelle si nécessaire.</translation>
    </message>
</context>
<context>
    <name>OAuthLoginFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: no answer came back from the browser within %n minute(s).</source>
        <translation>
            <numerusform>La connexion a expiré&#xa0;: aucune réponse du navigateur en %n minute.</numerusform>
            <numerusform>La connexion a expiré&#xa0;: aucune réponse du navigateur en %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing in failed: the sign-in server did not say which ChatGPT account this is.</source>
        <translation>Échec de la connexion&#xa0;: le serveur de connexion n’a pas indiqué de quel compte ChatGPT il s’agit.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>Could not reach the sign-in server: %1</source>
        <translation>Impossible de joindre le serveur de connexion&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ChatGPT login has expired or was used elsewhere (%1). Sign in again.</source>
        <translation>La connexion ChatGPT a expiré ou a été utilisée ailleurs (%1). Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable (HTTP %1). Try again later.</source>
        <translation>Le serveur de connexion est indisponible (HTTP %1). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>Le serveur de connexion a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1, %2).</source>
        <translation>Le serveur de connexion a refusé la requête (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer without an access token.</source>
        <translation>Le serveur de connexion a envoyé une réponse sans jeton d’accès.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider needs a name or an id made of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Un fournisseur nécessite un nom ou un identifiant composé de lettres, de chiffres, de &apos;-&apos; et de &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The base URL of provider %1 must be an http(s) URL such as http://127.0.0.1:11434/v1.</source>
        <translation>L’URL de base du fournisseur %1 doit être une URL http(s) telle que http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>Provider %1 has an invalid extra header.</source>
        <translation>Le fournisseur %1 a un en-tête supplémentaire non valide.</translation>
    </message>
    <message>
        <source>Provider %1: the header %2 is set by the proxy (put an API key in the API key field).</source>
        <translation>Fournisseur %1&#xa0;: l’en-tête %2 est défini par le proxy (saisissez une clé API dans le champ de clé API).</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>the model list is not in the OpenAI format</source>
        <translation>la liste des modèles n’est pas au format OpenAI</translation>
    </message>
</context>
<context>
    <name>ProviderExchange</name>
    <message>
        <source>the provider sent an empty reply</source>
        <translation>le fournisseur a envoyé une réponse vide</translation>
    </message>
</context>
<context>
    <name>ProviderRouting</name>
    <message>
        <source>Every routing rule needs a model name or family to match.</source>
        <translation>Chaque règle de routage nécessite un nom ou une famille de modèles à faire correspondre.</translation>
    </message>
    <message>
        <source>The routing rule for %1 names an unknown provider &quot;%2&quot;.</source>
        <translation>La règle de routage pour %1 désigne un fournisseur inconnu &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The fallback names an unknown provider &quot;%1&quot;.</source>
        <translation>Le repli désigne un fournisseur inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The fallback needs a model.</source>
        <translation>Le repli nécessite un modèle.</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsApi</name>
    <message>
        <source>Settings are not available.</source>
        <translation>Les paramètres ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>La méthode %1 n’est pas autorisée sur %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Le corps de la requête doit être un objet JSON.</translation>
    </message>
    <message>
        <source>haikuKiloModel: a model name (string) is required.</source>
        <translation>haikuKiloModel&#xa0;: un nom de modèle (chaîne) est requis.</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Il n’existe aucun fournisseur &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>action: one of add, update, remove, test, routes is required.</source>
        <translation>action&#xa0;: l’une des valeurs add, update, remove, test, routes est requise.</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; update it instead.</source>
        <translation>Un fournisseur &quot;%1&quot; existe déjà&#xa0;; mettez-le plutôt à jour.</translation>
    </message>
</context>
<context>
    <name>ProviderStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); no provider is used and the file is left untouched.</source>
        <translation>%1 n’est pas du JSON valide (%2)&#xa0;; aucun fournisseur n’est utilisé et le fichier reste inchangé.</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>identifiant en double</translation>
    </message>
    <message>
        <source>Not saving providers: %1 could not be read; fix or remove it first.</source>
        <translation>Fournisseurs non enregistrés&#xa0;: %1 n’a pas pu être lu&#xa0;; corrigez-le ou supprimez-le d’abord.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No secret store is available for the API key.</source>
        <translation>Aucun magasin de secrets n’est disponible pour la clé API.</translation>
    </message>
    <message>
        <source>Cannot store the API key of %1: %2</source>
        <translation>Impossible d’enregistrer la clé API de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>Il n’existe aucun fournisseur %1.</translation>
    </message>
</context>
<context>
    <name>ProvidersClient</name>
    <message>
        <source>Codex Bridge is not running; providers can be managed once it has started.</source>
        <translation>Codex Bridge n’est pas lancé&#xa0;; les fournisseurs pourront être gérés une fois qu’il aura démarré.</translation>
    </message>
    <message numerus="yes">
        <source>Codex Bridge did not answer within %n second(s).</source>
        <translation>
            <numerusform>Codex Bridge n’a pas répondu en %n seconde.</numerusform>
            <numerusform>Codex Bridge n’a pas répondu en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codex Bridge does not answer at %1 (%2). Is it running?</source>
        <translation>Codex Bridge ne répond pas à l’adresse %1 (%2). Est-il lancé&#xa0;?</translation>
    </message>
    <message>
        <source>Codex Bridge answered with HTTP status %1.</source>
        <translation>Codex Bridge a répondu avec le statut HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>OpenAI-compatible servers beside your ChatGPT subscription: a local Ollama, LM Studio or llama.cpp server, or a gateway such as OpenRouter. Changes here apply at once.</source>
        <translation>Des serveurs compatibles OpenAI en plus de votre abonnement ChatGPT&#xa0;: un serveur local Ollama, LM Studio ou llama.cpp, ou une passerelle comme OpenRouter. Les modifications faites ici s’appliquent immédiatement.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL de base</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. Local Ollama</source>
        <translation>p. ex. Ollama local</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL de base&#xa0;:</translation>
    </message>
    <message>
        <source>As for the OpenAI SDK, e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</source>
        <translation>Comme pour le SDK OpenAI, p. ex. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé API&#xa0;:</translation>
    </message>
    <message>
        <source>empty for local servers; kept in the system keychain</source>
        <translation>vide pour les serveurs locaux&#xa0;; conservée dans le trousseau du système</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modèles&#xa0;:</translation>
    </message>
    <message>
        <source>optional, comma-separated; the connection test fetches them</source>
        <translation>facultatif, séparés par des virgules&#xa0;; le test de connexion les récupère</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Tester</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Ajouter le fournisseur</translation>
    </message>
    <message>
        <source>Claude Haiku requests</source>
        <translation>Requêtes Claude Haiku</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Envoyer à&#xa0;:</translation>
    </message>
    <message>
        <source>ChatGPT subscription</source>
        <translation>Abonnement ChatGPT</translation>
    </message>
    <message>
        <source>Claude Code sends light background work (titles, summaries) to its Haiku model; a provider model can take it and spare your ChatGPT quota.</source>
        <translation>Claude Code confie les tâches légères d’arrière-plan (titres, résumés) à son modèle Haiku&#xa0;; un modèle d’un fournisseur peut s’en charger et épargner votre quota ChatGPT.</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>dans le trousseau</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 n’a pas été ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was added. Testing the connection…</source>
        <translation>%1 a été ajouté. Test de la connexion…</translation>
    </message>
    <message>
        <source>Could not test %1: %2</source>
        <translation>Impossible de tester %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 answers: %n model(s).</source>
        <translation>
            <numerusform>%1 répond&#xa0;: %n modèle.</numerusform>
            <numerusform>%1 répond&#xa0;: %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 n’a pas répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2: %3</source>
        <translation>%1 a répondu avec le statut HTTP %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Supprimer le fournisseur</translation>
    </message>
    <message>
        <source>Remove %1? Its API key is deleted from the keychain, and the requests routed to it go to your ChatGPT subscription again.</source>
        <translation>Supprimer %1&#xa0;? Sa clé API est effacée du trousseau, et les requêtes qui lui étaient envoyées repassent par votre abonnement ChatGPT.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 n’a pas été supprimé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 a été supprimé.</translation>
    </message>
    <message>
        <source>Claude Haiku requests were not rerouted: %1</source>
        <translation>Les requêtes Claude Haiku n’ont pas été redirigées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to %1.</source>
        <translation>Les requêtes Claude Haiku vont désormais à %1.</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to your ChatGPT subscription.</source>
        <translation>Les requêtes Claude Haiku vont désormais à votre abonnement ChatGPT.</translation>
    </message>
</context>
<context>
    <name>ProxyExchange</name>
    <message>
        <source>the upstream stream ended without a terminal event</source>
        <translation>le flux amont s’est terminé sans événement final</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using defaults and leaving the file untouched.</source>
        <translation>%1 n’est pas du JSON valide (%2)&#xa0;; utilisation des valeurs par défaut, le fichier reste inchangé.</translation>
    </message>
    <message>
        <source>Ignoring invalid port in %1</source>
        <translation>Port non valide ignoré dans %1</translation>
    </message>
    <message>
        <source>Ignoring invalid rotation in %1 (expected off, sticky or round-robin)</source>
        <translation>Rotation non valide ignorée dans %1 (valeurs attendues&#xa0;: off, sticky ou round-robin)</translation>
    </message>
    <message>
        <source>Not saving settings: the existing file could not be read.</source>
        <translation>Paramètres non enregistrés&#xa0;: le fichier existant n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>ProxyWorker</name>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 n’est pas une adresse IP d’écoute valide.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Impossible d’écouter sur %1 port %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Codex Bridge is quitting; the request was cut.</source>
        <translation>Codex Bridge se ferme&#xa0;; la requête a été interrompue.</translation>
    </message>
    <message>
        <source>The proxy is not running.</source>
        <translation>Le proxy n’est pas actif.</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key.</source>
        <translation>Refus d’écouter sur %1 sans clé client.</translation>
    </message>
</context>
<context>
    <name>QuotaAlerts</name>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>ChatGPT no longer accepts the sign-in of %1. Choose &quot;Add ChatGPT account…&quot; to sign in again.</source>
        <translation>ChatGPT n’accepte plus la connexion de %1. Choisissez «&#xa0;Ajouter un compte ChatGPT…&#xa0;» pour vous reconnecter.</translation>
    </message>
    <message>
        <source>ChatGPT limit reached</source>
        <translation>Limite ChatGPT atteinte</translation>
    </message>
    <message>
        <source>%1 has used up its quota.</source>
        <translation>%1 a épuisé son quota.</translation>
    </message>
    <message>
        <source>%1 has used up its quota; it %2.</source>
        <translation>%1 a épuisé son quota&#xa0;; %2.</translation>
    </message>
    <message>
        <source>ChatGPT quota low</source>
        <translation>Quota ChatGPT faible</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>%1 is ready to use.</source>
        <translation>%1 est prêt à l’emploi.</translation>
    </message>
</context>
<context>
    <name>QuotaBarsWidget</name>
    <message>
        <source>Quota of the active account</source>
        <translation>Quota du compte actif</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>réinitialisation dans %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>QuotaFormatter</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A used share of the quota, e.g. &quot;42 %&quot;</extracomment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>resets now</source>
        <translation>réinitialisation imminente</translation>
    </message>
    <message>
        <source>resets in %1 d %2 h</source>
        <translation>réinitialisation dans %1 j %2 h</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>réinitialisation dans %1 h %2 min</translation>
    </message>
    <message>
        <source>resets in %1 m</source>
        <translation>réinitialisation dans %1 min</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Hebdomadaire</translation>
    </message>
    <message numerus="yes">
        <source>%n-day</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>5-hour</source>
        <translation>5 heures</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Plus</translation>
    </message>
    <message>
        <source>Pro</source>
        <translation>Pro</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Business</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>Enterprise</translation>
    </message>
    <message>
        <source>Edu</source>
        <translation>Edu</translation>
    </message>
    <message>
        <source>quota unknown</source>
        <translation>quota inconnu</translation>
    </message>
    <message>
        <source>5 h %1 · week %2</source>
        <extracomment>Short quota summary: 5-hour window share, then weekly share, e.g. &quot;5 h 42 % · week 13 %&quot;</extracomment>
        <translation>5 h %1 · semaine %2</translation>
    </message>
</context>
<context>
    <name>QuotaSnapshot</name>
    <message>
        <source>The usage reply is not a JSON object.</source>
        <translation>La réponse d’utilisation n’est pas un objet JSON.</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Requests from web pages are not allowed (Origin %1).</source>
        <translation>Les requêtes provenant de pages web ne sont pas autorisées (Origin %1).</translation>
    </message>
    <message>
        <source>Cross-site requests are not allowed.</source>
        <translation>Les requêtes intersites ne sont pas autorisées.</translation>
    </message>
    <message>
        <source>The Host header is missing.</source>
        <translation>L’en-tête Host est manquant.</translation>
    </message>
    <message>
        <source>Host %1 is not this proxy; use http://127.0.0.1 or http://localhost.</source>
        <translation>L’hôte %1 n’est pas ce proxy&#xa0;; utilisez http://127.0.0.1 ou http://localhost.</translation>
    </message>
    <message>
        <source>This proxy requires its client key (x-api-key or Authorization: Bearer).</source>
        <translation>Ce proxy exige sa clé client (x-api-key ou Authorization: Bearer).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Unknown secret store &quot;%1&quot; in CODEX_BRIDGE_SECRET_STORE (supported: keychain, the default, and file).</source>
        <translation>Magasin de secrets inconnu &quot;%1&quot; dans CODEX_BRIDGE_SECRET_STORE (pris en charge&#xa0;: keychain, par défaut, et file).</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse d’écoute (par défaut 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8081; 0 picks a free one).</source>
        <translation>Port d’écoute (par défaut 8081&#xa0;; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Key clients must send (x-api-key or Authorization: Bearer). Required when listening on a non-loopback address. Also CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>Clé que les clients doivent envoyer (x-api-key ou Authorization: Bearer). Obligatoire pour écouter sur une adresse autre que loopback. Également CODEX_BRIDGE_CLIENT_KEY.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Port non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key: anyone who can reach this address could use your ChatGPT subscription. Set one with --client-key or CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>Refus d’écouter sur %1 sans clé client&#xa0;: toute personne pouvant joindre cette adresse pourrait utiliser votre abonnement ChatGPT. Définissez-en une avec --client-key ou CODEX_BRIDGE_CLIENT_KEY.</translation>
    </message>
    <message>
        <source>Run the proxy without a user interface.</source>
        <translation>Exécuter le proxy sans interface utilisateur.</translation>
    </message>
    <message>
        <source>Run the proxy.</source>
        <translation>Exécuter le proxy.</translation>
    </message>
</context>
<context>
    <name>SettingsApi</name>
    <message>
        <source>The bind address must be an IP address (127.0.0.1, ::1, 0.0.0.0…) or localhost.</source>
        <translation>L’adresse d’écoute doit être une adresse IP (127.0.0.1,&#xa0;::1, 0.0.0.0…) ou localhost.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>Le port doit être un nombre entier compris entre 1 et 65535.</translation>
    </message>
    <message>
        <source>The client key must be empty (none) or %1 to %2 printable characters without spaces.</source>
        <translation>La clé client doit être vide (aucune) ou comporter de %1 à %2 caractères imprimables sans espaces.</translation>
    </message>
    <message>
        <source>The rotation must be off, sticky or round-robin.</source>
        <translation>La rotation doit être off, sticky ou round-robin.</translation>
    </message>
    <message>
        <source>The model mapping must be an object {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}.</source>
        <translation>La correspondance des modèles doit être un objet {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}.</translation>
    </message>
    <message>
        <source>systemAsInstructions must be true or false.</source>
        <translation>systemAsInstructions doit valoir true ou false.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Paramètre inconnu &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Listening on %1 needs a client key: anyone who can reach that address could use your ChatGPT subscription.</source>
        <translation>Écouter sur %1 nécessite une clé client&#xa0;: toute personne pouvant joindre cette adresse pourrait utiliser votre abonnement ChatGPT.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on /settings.</source>
        <translation>La méthode %1 n’est pas autorisée sur /settings.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object of settings.</source>
        <translation>Le corps de la requête doit être un objet JSON de paramètres.</translation>
    </message>
    <message>
        <source>The settings are in effect until the proxy stops, but could not be saved: %1</source>
        <translation>Les paramètres s’appliquent jusqu’à l’arrêt du proxy, mais n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Codex Bridge Settings</source>
        <translation>Paramètres de Codex Bridge</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Écouter sur&#xa0;:</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the proxy to this computer. Any other address needs a client key.</source>
        <translation>127.0.0.1 limite le proxy à cet ordinateur. Toute autre adresse nécessite une clé client.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client&#xa0;:</translation>
    </message>
    <message>
        <source>none (only this computer can connect)</source>
        <translation>aucune (seul cet ordinateur peut se connecter)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Générer</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modèles&#xa0;:</translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation>Modèle demandé</translation>
    </message>
    <message>
        <source>ChatGPT model</source>
        <translation>Modèle ChatGPT</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Ajouter un alias</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Account rotation:</source>
        <translation>Rotation des comptes&#xa0;:</translation>
    </message>
    <message>
        <source>Off — use the active account</source>
        <translation>Désactivée — utiliser le compte actif</translation>
    </message>
    <message>
        <source>Sticky — keep a session on one account until it runs out</source>
        <translation>Fixe — garder une session sur un compte jusqu’à épuisement</translation>
    </message>
    <message>
        <source>Round robin — spread requests over all accounts</source>
        <translation>Tourniquet — répartir les requêtes sur tous les comptes</translation>
    </message>
    <message>
        <source>Start Codex Bridge at login</source>
        <translation>Lancer Codex Bridge à l’ouverture de session</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Claude %1 (any version)</source>
        <translation>Claude %1 (toute version)</translation>
    </message>
    <message>
        <source>Enter the address to listen on, e.g. 127.0.0.1.</source>
        <translation>Saisissez l’adresse d’écoute, par ex. 127.0.0.1.</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers use your ChatGPT subscription: set a client key first.</source>
        <translation>Écouter sur %1 permet à d’autres ordinateurs d’utiliser votre abonnement ChatGPT&#xa0;: définissez d’abord une clé client.</translation>
    </message>
    <message>
        <source>Each alias needs both a requested model and a ChatGPT model.</source>
        <translation>Chaque alias nécessite à la fois un modèle demandé et un modèle ChatGPT.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
</context>
<context>
    <name>StreamingPost</name>
    <message>
        <source>the stream stalled for %1 s</source>
        <translation>le flux est resté bloqué pendant %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>aucune réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>The ChatGPT account %1 cannot be refreshed (%2); sign in again (`codex-bridge accounts add`).</source>
        <translation>Le compte ChatGPT %1 ne peut pas être renouvelé (%2)&#xa0;; reconnectez-vous (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>aucun jeton de rafraîchissement</translation>
    </message>
    <message>
        <source>no account store</source>
        <translation>aucun stockage de comptes</translation>
    </message>
    <message>
        <source>The refreshed sign-in of ChatGPT account %1 could not be stored: %2</source>
        <translation>La connexion renouvelée du compte ChatGPT %1 n’a pas pu être enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The sign-in of ChatGPT account %1 is no longer valid (%2): sign in again (`codex-bridge accounts add`).</source>
        <translation>La connexion du compte ChatGPT %1 n’est plus valide (%2)&#xa0;: reconnectez-vous (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>Could not refresh the sign-in of ChatGPT account %1 (%2); try again shortly.</source>
        <translation>Impossible de renouveler la connexion du compte ChatGPT %1 (%2)&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The sign-in server refused to refresh ChatGPT account %1 (%2).</source>
        <translation>Le serveur de connexion a refusé de renouveler le compte ChatGPT %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>tools: must be an array of tool definitions</source>
        <translation>tools&#xa0;: doit être un tableau de définitions d’outils</translation>
    </message>
    <message>
        <source>%1: each tool must be an object</source>
        <translation>%1&#xa0;: chaque outil doit être un objet</translation>
    </message>
    <message>
        <source>%1.type: must be a string</source>
        <translation>%1.type&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.name: field required (a non-empty string)</source>
        <translation>%1.name&#xa0;: champ obligatoire (une chaîne non vide)</translation>
    </message>
    <message>
        <source>system.%1: must be a text block with a string &quot;text&quot;</source>
        <translation>system.%1&#xa0;: doit être un bloc de texte avec une chaîne &quot;text&quot;</translation>
    </message>
    <message>
        <source>system: must be a string or an array of text blocks</source>
        <translation>system&#xa0;: doit être une chaîne ou un tableau de blocs de texte</translation>
    </message>
    <message>
        <source>%1: each message must be an object</source>
        <translation>%1&#xa0;: chaque message doit être un objet</translation>
    </message>
    <message>
        <source>%1.role: must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;</source>
        <translation>%1.role&#xa0;: doit être &quot;user&quot;, &quot;assistant&quot; ou &quot;system&quot;</translation>
    </message>
    <message>
        <source>%1.content.%2: each content block must be an object with a string &quot;type&quot;</source>
        <translation>%1.content.%2&#xa0;: chaque bloc de contenu doit être un objet avec une chaîne &quot;type&quot;</translation>
    </message>
    <message>
        <source>%1.content: must be a string or an array of content blocks</source>
        <translation>%1.content&#xa0;: doit être une chaîne ou un tableau de blocs de contenu</translation>
    </message>
    <message>
        <source>%1.text: must be a string</source>
        <translation>%1.text&#xa0;: doit être une chaîne</translation>
    </message>
    <message>
        <source>%1.source: field required (an object)</source>
        <translation>%1.source&#xa0;: champ obligatoire (un objet)</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;image/png&quot;)</source>
        <translation>%1.source.media_type&#xa0;: champ obligatoire (par ex. &quot;image/png&quot;)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 image data)</source>
        <translation>%1.source.data&#xa0;: champ obligatoire (données d’image en base64)</translation>
    </message>
    <message>
        <source>%1.source.url: field required (a non-empty string)</source>
        <translation>%1.source.url&#xa0;: champ obligatoire (une chaîne non vide)</translation>
    </message>
    <message>
        <source>%1.source.type: image source &quot;%2&quot; is not supported (use &quot;base64&quot; or &quot;url&quot;)</source>
        <translation>%1.source.type&#xa0;: la source d’image &quot;%2&quot; n’est pas prise en charge (utilisez &quot;base64&quot; ou &quot;url&quot;)</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;application/pdf&quot;)</source>
        <translation>%1.source.media_type&#xa0;: champ obligatoire (par ex. &quot;application/pdf&quot;)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 document data)</source>
        <translation>%1.source.data&#xa0;: champ obligatoire (données du document en base64)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (the document text)</source>
        <translation>%1.source.data&#xa0;: champ obligatoire (le texte du document)</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported (use &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; or &quot;content&quot;)</source>
        <translation>%1.source.type&#xa0;: la source de document &quot;%2&quot; n’est pas prise en charge (utilisez &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; ou &quot;content&quot;)</translation>
    </message>
    <message>
        <source>%1.id: field required (a non-empty string)</source>
        <translation>%1.id&#xa0;: champ obligatoire (une chaîne non vide)</translation>
    </message>
    <message>
        <source>%1.input: must be an object</source>
        <translation>%1.input&#xa0;: doit être un objet</translation>
    </message>
    <message>
        <source>%1.tool_use_id: field required (a non-empty string)</source>
        <translation>%1.tool_use_id&#xa0;: champ obligatoire (une chaîne non vide)</translation>
    </message>
    <message>
        <source>%1: each content block must be an object</source>
        <translation>%1&#xa0;: chaque bloc de contenu doit être un objet</translation>
    </message>
    <message>
        <source>tool_choice: must be an object such as {&quot;type&quot;:&quot;auto&quot;}</source>
        <translation>tool_choice&#xa0;: doit être un objet tel que {&quot;type&quot;:&quot;auto&quot;}</translation>
    </message>
    <message>
        <source>tool_choice.name: field required when tool_choice.type is &quot;tool&quot;</source>
        <translation>tool_choice.name&#xa0;: champ obligatoire lorsque tool_choice.type vaut &quot;tool&quot;</translation>
    </message>
    <message>
        <source>tool_choice.name: no tool named &quot;%1&quot; in tools</source>
        <translation>tool_choice.name&#xa0;: aucun outil nommé &quot;%1&quot; dans tools</translation>
    </message>
    <message>
        <source>tool_choice.type: must be &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; or &quot;none&quot;</source>
        <translation>tool_choice.type&#xa0;: doit être &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; ou &quot;none&quot;</translation>
    </message>
    <message>
        <source>thinking.budget_tokens: must be an integer</source>
        <translation>thinking.budget_tokens&#xa0;: doit être un entier</translation>
    </message>
    <message>
        <source>thinking: must be an object such as {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192}</source>
        <translation>thinking&#xa0;: doit être un objet tel que {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192}</translation>
    </message>
    <message>
        <source>output_config.format.schema: field required (a JSON schema object)</source>
        <translation>output_config.format.schema&#xa0;: champ obligatoire (un objet de schéma JSON)</translation>
    </message>
    <message>
        <source>system.%1: only text blocks are supported in the system prompt</source>
        <translation>system.%1&#xa0;: seuls les blocs de texte sont pris en charge dans le prompt système</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 image</source>
        <translation>%1.source&#xa0;: media_type et data sont requis pour une image en base64</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 document</source>
        <translation>%1.source&#xa0;: media_type et data sont requis pour un document en base64</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported</source>
        <translation>%1.source.type&#xa0;: la source de document &quot;%2&quot; n’est pas prise en charge</translation>
    </message>
    <message>
        <source>%1.type: content block type &quot;%2&quot; is not supported here</source>
        <translation>%1.type&#xa0;: le type de bloc de contenu &quot;%2&quot; n’est pas pris en charge ici</translation>
    </message>
    <message>
        <source>%1: a tool_use block needs an id and a name</source>
        <translation>%1&#xa0;: un bloc tool_use nécessite un id et un name</translation>
    </message>
    <message>
        <source>tools: must be an array</source>
        <translation>tools&#xa0;: doit être un tableau</translation>
    </message>
    <message>
        <source>tools.%1.name: field required</source>
        <translation>tools.%1.name&#xa0;: champ obligatoire</translation>
    </message>
    <message>
        <source>tool_choice: expected {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (with a name)}</source>
        <translation>tool_choice&#xa0;: attendu {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (avec un name)}</translation>
    </message>
    <message>
        <source>messages: field required (an array)</source>
        <translation>messages&#xa0;: champ obligatoire (un tableau)</translation>
    </message>
    <message>
        <source>max_tokens: must be a number</source>
        <translation>max_tokens&#xa0;: doit être un nombre</translation>
    </message>
    <message>
        <source>stop_sequences: must be an array of strings</source>
        <translation>stop_sequences&#xa0;: doit être un tableau de chaînes</translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>No desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>Aucune session de bureau n’a été trouvée (ni DISPLAY ni WAYLAND_DISPLAY n’est défini).</translation>
    </message>
</context>
<context>
    <name>TrayCommand</name>
    <message>
        <source>To run the proxy without a user interface, use: codex-bridge serve</source>
        <translation>Pour exécuter le proxy sans interface utilisateur, utilisez&#xa0;: codex-bridge serve</translation>
    </message>
    <message>
        <source>Codex Bridge in the system tray.</source>
        <translation>Codex Bridge dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Codex Bridge could not start</source>
        <translation>Codex Bridge n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <source>Could not switch the account</source>
        <translation>Impossible de changer de compte</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Add ChatGPT account…</source>
        <translation>Ajouter un compte ChatGPT…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annuler la connexion</translation>
    </message>
    <message>
        <source>Use with Claude Code</source>
        <translation>Utiliser avec Claude Code</translation>
    </message>
    <message>
        <source>Copy shell setup</source>
        <translation>Copier la configuration du shell</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Lancer à l’ouverture de session</translation>
    </message>
    <message>
        <source>About Codex Bridge</source>
        <translation>À propos de Codex Bridge</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>connexion requise</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation>%1 — %2 · %3</translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation>Inactif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 · %n request(s) today</source>
        <translation>
            <numerusform>À l’écoute sur %1 · %n requête aujourd’hui</numerusform>
            <numerusform>À l’écoute sur %1 · %n requêtes aujourd’hui</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>En attente de la connexion dans votre navigateur…</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT</source>
        <translation>Se connecter à ChatGPT</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Ouvrez cette adresse dans un navigateur pour vous connecter&#xa0;:</translation>
    </message>
    <message>
        <source>Shell setup copied</source>
        <translation>Configuration du shell copiée</translation>
    </message>
    <message>
        <source>Paste it into a terminal; Claude Code and OpenAI clients started there will use Codex Bridge.</source>
        <translation>Collez-la dans un terminal&#xa0;; Claude Code et les clients OpenAI lancés depuis celui-ci utiliseront Codex Bridge.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Use Claude Code and OpenAI clients with your ChatGPT subscription.&lt;/p&gt;&lt;p&gt;Listening on %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Utilisez Claude Code et les clients OpenAI avec votre abonnement ChatGPT.&lt;/p&gt;&lt;p&gt;À l’écoute sur %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>Paramètres non appliqués</translation>
    </message>
    <message>
        <source>Use with Claude Code (update needed)</source>
        <translation>Utiliser avec Claude Code (mise à jour requise)</translation>
    </message>
    <message>
        <source>Claude Code points at Codex Bridge with an old address, key or model mapping.</source>
        <translation>Claude Code pointe vers Codex Bridge avec une adresse, une clé ou une correspondance de modèles obsolète.</translation>
    </message>
    <message>
        <source>Use with Claude Code (settings file unreadable)</source>
        <translation>Utiliser avec Claude Code (fichier de paramètres illisible)</translation>
    </message>
    <message>
        <source>Claude Code settings not changed</source>
        <translation>Paramètres de Claude Code non modifiés</translation>
    </message>
    <message>
        <source>Fix the file (or remove it), then try again.</source>
        <translation>Corrigez le fichier (ou supprimez-le), puis réessayez.</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge. Start a new `claude` session to pick it up.</source>
        <translation>Claude Code utilise désormais Codex Bridge. Démarrez une nouvelle session `claude` pour en tenir compte.</translation>
    </message>
    <message>
        <source>Claude Code settings restored.</source>
        <translation>Paramètres de Claude Code restaurés.</translation>
    </message>
    <message>
        <source>Claude Code: on</source>
        <translation>Claude Code&#xa0;: activé</translation>
    </message>
    <message>
        <source>Claude Code: off</source>
        <translation>Claude Code&#xa0;: désactivé</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Proxy not running</source>
        <translation>Proxy inactif</translation>
    </message>
    <message>
        <source>No ChatGPT account</source>
        <translation>Aucun compte ChatGPT</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Connexion requise</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Quota low</source>
        <translation>Quota faible</translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation>Quota épuisé</translation>
    </message>
    <message>
        <source>Codex Bridge — %1</source>
        <translation>Codex Bridge — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 used</source>
        <translation>%1&#xa0;: %2 utilisé</translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using the defaults.</source>
        <translation>%1 n’est pas du JSON valide (%2)&#xa0;; utilisation des valeurs par défaut.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamFailure</name>
    <message>
        <source>ChatGPT rejected the sign-in (%1). Sign in again with `codex-bridge accounts add`.</source>
        <translation>ChatGPT a refusé la connexion (%1). Reconnectez-vous avec `codex-bridge accounts add`.</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached; it resets at %1 (in %2 min).</source>
        <translation>Limite d’utilisation de ChatGPT atteinte&#xa0;; elle sera réinitialisée à %1 (dans %2 min).</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached: %1</source>
        <translation>Limite d’utilisation de ChatGPT atteinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Prompt is too long: %1</source>
        <translation>Le prompt est trop long&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ChatGPT backend is overloaded: %1</source>
        <translation>Le backend ChatGPT est surchargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The ChatGPT backend failed: %1</source>
        <translation>Le backend ChatGPT a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not reach the ChatGPT backend: %1</source>
        <translation>Impossible de joindre le backend ChatGPT&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>UpstreamRequest</name>
    <message>
        <source>an upstream event exceeded %1 MB</source>
        <translation>un événement amont a dépassé %1 Mo</translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>Cannot read %1: %2. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>Impossible de lire %1&#xa0;: %2. Les statistiques d’utilisation ne seront pas enregistrées tant qu’il n’aura pas été corrigé ou supprimé.</translation>
    </message>
    <message>
        <source>%1 is not a usage statistics file. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>%1 n’est pas un fichier de statistiques d’utilisation. Les statistiques d’utilisation ne seront pas enregistrées tant qu’il n’aura pas été corrigé ou supprimé.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Usage: codex-bridge [command] [options]

Without a command: the tray application [--host ADDRESS] [--port PORT]

Commands:
  serve [--host ADDRESS] [--port PORT] [--client-key KEY]
                       run the proxy (default http://127.0.0.1:8081)
  accounts add [--no-browser] | import [PATH] | list | switch EMAIL
           | remove EMAIL | clear | quota
                       manage ChatGPT accounts
  claude on | off | status [--host ADDRESS] [--port PORT] [--client-key KEY]
                       point Claude Code (~/.claude/settings.json) at this
                       proxy, or restore its previous settings
  --version            print the version
  --help               this help
</source>
        <translation>Utilisation&#xa0;: codex-bridge [commande] [options]

Sans commande&#xa0;: l’application de la zone de notification [--host ADDRESS] [--port PORT]

Commandes&#xa0;:
  serve [--host ADDRESS] [--port PORT] [--client-key KEY]
                       exécute le proxy (par défaut http://127.0.0.1:8081)
  accounts add [--no-browser] | import [PATH] | list | switch EMAIL
           | remove EMAIL | clear | quota
                       gère les comptes ChatGPT
  claude on | off | status [--host ADDRESS] [--port PORT] [--client-key KEY]
                       fait pointer Claude Code (~/.claude/settings.json) vers
                       ce proxy, ou rétablit ses paramètres précédents
  --version            affiche la version
  --help               cette aide
</translation>
    </message>
</context>
</TS>
