<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountRouter</name>
    <message>
        <source>No usable ChatGPT account in Codex Bridge: every account is disabled or needs to sign in again (`codex-bridge accounts add`).</source>
        <translation>Kein nutzbares ChatGPT-Konto in Codex Bridge: Alle Konten sind deaktiviert oder müssen sich erneut anmelden (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>Every ChatGPT account reached its usage limit; the first one resets at %1 (in %2 min).</source>
        <translation>Alle ChatGPT-Konten haben ihr Nutzungslimit erreicht; das erste wird um %1 zurückgesetzt (in %2 min).</translation>
    </message>
    <message>
        <source>Every ChatGPT account failed just now; retry in %1 s.</source>
        <translation>Alle ChatGPT-Konten sind gerade fehlgeschlagen; erneuter Versuch in %1 s.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation>Es ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read (%2). It was left untouched; fix or remove it, or remove all accounts to start again.</source>
        <translation>Die Kontendatei %1 konnte nicht gelesen werden (%2). Sie wurde nicht verändert; reparieren oder entfernen Sie sie, oder entfernen Sie alle Konten, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>written by a newer version of Codex Bridge</source>
        <translation>von einer neueren Version von Codex Bridge geschrieben</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list</source>
        <translation>&quot;accounts&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>an account entry is not an object with an email or an account id</source>
        <translation>ein Kontoeintrag ist kein Objekt mit einer E-Mail-Adresse oder Konto-ID</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read, so it is not changed; fix or remove it first.</source>
        <translation>Die Kontendatei %1 konnte nicht gelesen werden und wird daher nicht geändert; reparieren oder entfernen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>An account needs an email or an account id.</source>
        <translation>Ein Konto benötigt eine E-Mail-Adresse oder eine Konto-ID.</translation>
    </message>
    <message>
        <source>The account %1 has no tokens.</source>
        <translation>Das Konto %1 hat keine Token.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <source>Cannot move the unreadable accounts file %1 aside.</source>
        <translation>Die unlesbare Kontendatei %1 kann nicht beiseitegeschoben werden.</translation>
    </message>
    <message>
        <source>No tokens are stored for the account %1; sign in again.</source>
        <translation>Für das Konto %1 sind keine Token gespeichert; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The stored tokens of the account %1 are damaged; sign in again.</source>
        <translation>Die gespeicherten Token des Kontos %1 sind beschädigt; melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Sign in to a ChatGPT account and add it.</source>
        <translation>Bei einem ChatGPT-Konto anmelden und es hinzufügen.</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and read the address the browser ends up on (or the code) from the terminal.</source>
        <translation>Keinen Browser öffnen: die Anmeldeadresse ausgeben und die Adresse, bei der der Browser landet (oder den Code), vom Terminal lesen.</translation>
    </message>
    <message>
        <source>Add a ChatGPT account.</source>
        <translation>Ein ChatGPT-Konto hinzufügen.</translation>
    </message>
    <message>
        <source>Got the sign-in reply, finishing...</source>
        <translation>Anmeldeantwort erhalten, wird abgeschlossen...</translation>
    </message>
    <message>
        <source>Signed in, but the account could not be stored: %1</source>
        <translation>Angemeldet, aber das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>unbekannter Tarif</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT in the browser window that just opened. If none opened, visit:</source>
        <translation>Melden Sie sich im gerade geöffneten Browserfenster bei ChatGPT an. Falls sich keines geöffnet hat, besuchen Sie:</translation>
    </message>
    <message>
        <source>Open this address in a browser (on this or any other machine) and sign in to ChatGPT:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser (auf diesem oder einem anderen Rechner) und melden Sie sich bei ChatGPT an:</translation>
    </message>
    <message>
        <source>Note: the sign-in reply cannot reach this program directly (the callback port is busy).</source>
        <translation>Hinweis: Die Anmeldeantwort kann dieses Programm nicht direkt erreichen (der Callback-Port ist belegt).</translation>
    </message>
    <message>
        <source>After signing in, the browser goes to %1?code=... If that page does not say &quot;Signed in&quot; (for example because the browser runs on another machine), copy the whole address from the browser&apos;s address bar and paste it here, then press Enter:</source>
        <translation>Nach der Anmeldung wechselt der Browser zu %1?code=... Wenn auf dieser Seite nicht „Angemeldet“ steht (zum Beispiel, weil der Browser auf einem anderen Rechner läuft), kopieren Sie die vollständige Adresse aus der Adressleiste des Browsers, fügen Sie sie hier ein und drücken Sie die Eingabetaste:</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Manage ChatGPT accounts.</source>
        <translation>ChatGPT-Konten verwalten.</translation>
    </message>
    <message>
        <source>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</source>
        <translation>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Kein Konto %1.</translation>
    </message>
    <message>
        <source>Active account: %1.</source>
        <translation>Aktives Konto: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Removed all accounts.</source>
        <translation>Alle Konten entfernt.</translation>
    </message>
    <message>
        <source>Unknown or incomplete command: accounts %1</source>
        <translation>Unbekannter oder unvollständiger Befehl: accounts %1</translation>
    </message>
    <message>
        <source>Could not store the account: %1</source>
        <translation>Das Konto konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>unbekannter Tarif</translation>
    </message>
    <message>
        <source>Updated %1 (%2).</source>
        <translation>%1 (%2) aktualisiert.</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1 (%2) importiert.</translation>
    </message>
    <message>
        <source>Note: Codex Bridge now refreshes its own copy of this login. Refresh tokens are single-use, so the Codex CLI may ask you to sign in again after Codex Bridge refreshed.</source>
        <translation>Hinweis: Codex Bridge erneuert ab jetzt seine eigene Kopie dieser Anmeldung. Aktualisierungstoken sind nur einmal verwendbar, daher fordert die Codex CLI Sie möglicherweise zur erneuten Anmeldung auf, nachdem Codex Bridge erneuert hat.</translation>
    </message>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts import` or `codex-bridge accounts add`.</source>
        <translation>Keine Konten. Fügen Sie eines mit `codex-bridge accounts import` oder `codex-bridge accounts add` hinzu.</translation>
    </message>
</context>
<context>
    <name>AccountsQuotaCommand</name>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts add` or `codex-bridge accounts import`.</source>
        <translation>Keine Konten. Fügen Sie eines mit `codex-bridge accounts add` oder `codex-bridge accounts import` hinzu.</translation>
    </message>
    <message>
        <source>cannot read its tokens: %1</source>
        <translation>seine Token können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the access token was refused (sign in again, or let the proxy refresh it by serving a request)</source>
        <translation>das Zugriffstoken wurde abgelehnt (melden Sie sich erneut an oder lassen Sie den Proxy es beim Bearbeiten einer Anfrage erneuern)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>quota not available: %1</source>
        <translation>Kontingent nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>plan:    %1</source>
        <translation>Tarif:       %1</translation>
    </message>
    <message>
        <source>5-hour:  %1</source>
        <translation>5 Stunden:   %1</translation>
    </message>
    <message>
        <source>weekly:  %1</source>
        <translation>Woche:       %1</translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>Limit erreicht</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % verbraucht</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>, resets %1 (in %2)</source>
        <translation>, Zurücksetzung %1 (in %2)</translation>
    </message>
</context>
<context>
    <name>AnthropicRequestTranslator</name>
    <message>
        <source>model: field required (a non-empty string)</source>
        <translation>model: Feld erforderlich (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>messages: field required (an array of messages)</source>
        <translation>messages: Feld erforderlich (ein Array von Nachrichten)</translation>
    </message>
    <message>
        <source>messages: must be an array of messages</source>
        <translation>messages: muss ein Array von Nachrichten sein</translation>
    </message>
    <message>
        <source>messages: at least one message is required</source>
        <translation>messages: mindestens eine Nachricht ist erforderlich</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>Die Methode %1 ist für %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>Keine Route für %1 %2.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>Der Anfragetext ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>messages: an array is required.</source>
        <translation>messages: ein Array ist erforderlich.</translation>
    </message>
    <message>
        <source>model: a model name (string) is required.</source>
        <translation>model: ein Modellname (Zeichenkette) ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Use Claude Code with your ChatGPT subscription</source>
        <translation>Claude Code mit Ihrem ChatGPT-Abonnement nutzen</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>Der Windows-Autostart-Eintrag konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>Der Ordner für %1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ChatRequestTranslator</name>
    <message>
        <source>The request has no &quot;model&quot;.</source>
        <translation>Die Anfrage enthält kein &quot;model&quot;.</translation>
    </message>
    <message>
        <source>&quot;model&quot; must be a non-empty string.</source>
        <translation>&quot;model&quot; muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>Only &quot;n&quot;: 1 is supported: the ChatGPT backend returns one choice per request.</source>
        <translation>Nur &quot;n&quot;: 1 wird unterstützt: Das ChatGPT-Backend liefert eine Auswahl pro Anfrage.</translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be a boolean.</source>
        <translation>&quot;stream&quot; muss ein boolescher Wert sein.</translation>
    </message>
    <message>
        <source>%1.name must be a non-empty string.</source>
        <translation>%1.name muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>&quot;tools&quot; must be an array.</source>
        <translation>&quot;tools&quot; muss ein Array sein.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; only &quot;function&quot; tools are.</source>
        <translation>%1.type &quot;%2&quot; wird nicht unterstützt; nur &quot;function&quot;-Tools werden unterstützt.</translation>
    </message>
    <message>
        <source>%1.function must be an object.</source>
        <translation>%1.function muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;functions&quot; must be an array.</source>
        <translation>&quot;functions&quot; muss ein Array sein.</translation>
    </message>
    <message>
        <source>&quot;web_search_options&quot; must be an object.</source>
        <translation>&quot;web_search_options&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1.description must be a string.</source>
        <translation>%1.description muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.parameters must be a JSON schema object.</source>
        <translation>%1.parameters muss ein JSON-Schema-Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must be &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; or a function.</source>
        <translation>%1 muss &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; oder eine Funktion sein.</translation>
    </message>
    <message>
        <source>%1.allowed_tools.mode must be &quot;auto&quot; or &quot;required&quot;.</source>
        <translation>%1.allowed_tools.mode muss &quot;auto&quot; oder &quot;required&quot; sein.</translation>
    </message>
    <message>
        <source>%1 must name a function: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation>%1 muss eine Funktion benennen: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</translation>
    </message>
    <message>
        <source>%1 must be a string or an object.</source>
        <translation>%1 muss eine Zeichenkette oder ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 muss einer der folgenden Werte sein: %2.</translation>
    </message>
    <message>
        <source>&quot;response_format.json_schema&quot; needs a &quot;name&quot; and a &quot;schema&quot; object.</source>
        <translation>&quot;response_format.json_schema&quot; benötigt ein &quot;name&quot;- und ein &quot;schema&quot;-Objekt.</translation>
    </message>
    <message>
        <source>&quot;response_format.type&quot; must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;.</source>
        <translation>&quot;response_format.type&quot; muss &quot;text&quot;, &quot;json_object&quot; oder &quot;json_schema&quot; sein.</translation>
    </message>
    <message>
        <source>&quot;response_format&quot; must be an object.</source>
        <translation>&quot;response_format&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;verbosity&quot; must be &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;.</source>
        <translation>&quot;verbosity&quot; muss &quot;low&quot;, &quot;medium&quot; oder &quot;high&quot; sein.</translation>
    </message>
    <message>
        <source>The request has no &quot;messages&quot;.</source>
        <translation>Die Anfrage enthält keine &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array.</source>
        <translation>&quot;messages&quot; muss ein Array sein.</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must contain at least one message.</source>
        <translation>&quot;messages&quot; muss mindestens eine Nachricht enthalten.</translation>
    </message>
    <message>
        <source>%1.role must be a string.</source>
        <translation>%1.role muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.role &quot;%2&quot; is not supported; use system, developer, user, assistant or tool.</source>
        <translation>%1.role &quot;%2&quot; wird nicht unterstützt; verwenden Sie system, developer, user, assistant oder tool.</translation>
    </message>
    <message>
        <source>%1 must be a string or an array of content parts.</source>
        <translation>%1 muss eine Zeichenkette oder ein Array von Inhaltsteilen sein.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not allowed here; only text parts are.</source>
        <translation>%1.type &quot;%2&quot; ist hier nicht erlaubt; nur Textteile sind erlaubt.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
    <message>
        <source>%1.text must be a string.</source>
        <translation>%1.text muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.image_url.url must be a data: URL or an http(s) URL.</source>
        <translation>%1.image_url.url muss eine data:-URL oder eine http(s)-URL sein.</translation>
    </message>
    <message>
        <source>%1.file.file_id is not supported (there is no file store); send the file as file_data.</source>
        <translation>%1.file.file_id wird nicht unterstützt (es gibt keinen Dateispeicher); senden Sie die Datei als file_data.</translation>
    </message>
    <message>
        <source>%1.file.file_data must be a non-empty string.</source>
        <translation>%1.file.file_data muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1: audio input is not supported by the ChatGPT backend.</source>
        <translation>%1: Audioeingaben werden vom ChatGPT-Backend nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; use text, image_url or file.</source>
        <translation>%1.type &quot;%2&quot; wird nicht unterstützt; verwenden Sie text, image_url oder file.</translation>
    </message>
    <message>
        <source>%1 must be a string of JSON.</source>
        <translation>%1 muss eine JSON-Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.tool_calls must be an array.</source>
        <translation>%1.tool_calls muss ein Array sein.</translation>
    </message>
    <message>
        <source>%1.id must be a non-empty string.</source>
        <translation>%1.id muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.function.name must be a non-empty string.</source>
        <translation>%1.function.name muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.function_call.name must be a non-empty string.</source>
        <translation>%1.function_call.name muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.function_call must be an object.</source>
        <translation>%1.function_call muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>%1.tool_call_id must be a non-empty string.</source>
        <translation>%1.tool_call_id muss eine nicht leere Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported in a tool message; use text.</source>
        <translation>%1.type &quot;%2&quot; wird in einer Tool-Nachricht nicht unterstützt; verwenden Sie text.</translation>
    </message>
</context>
<context>
    <name>ChatStreamTranslator</name>
    <message>
        <source>The ChatGPT backend closed the stream before the response was complete.</source>
        <translation>Das ChatGPT-Backend hat den Stream geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>The ChatGPT backend reported a failure without details.</source>
        <translation>Das ChatGPT-Backend hat einen Fehler ohne Details gemeldet.</translation>
    </message>
</context>
<context>
    <name>ClaudeCommand</name>
    <message>
        <source>Point Claude Code (its settings.json) at this proxy, or back.</source>
        <translation>Claude Code (seine settings.json) auf diesen Proxy umstellen oder zurück.</translation>
    </message>
    <message>
        <source>on | off | status</source>
        <translation>on | off | status</translation>
    </message>
    <message>
        <source>The proxy&apos;s address (default: settings.json).</source>
        <translation>Die Adresse des Proxys (Standard: settings.json).</translation>
    </message>
    <message>
        <source>The proxy&apos;s port (default: settings.json).</source>
        <translation>Der Port des Proxys (Standard: settings.json).</translation>
    </message>
    <message>
        <source>The proxy&apos;s client key (default: settings.json or CODEX_BRIDGE_CLIENT_KEY).</source>
        <translation>Der Client-Schlüssel des Proxys (Standard: settings.json oder CODEX_BRIDGE_CLIENT_KEY).</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Ungültiger Port: %1</translation>
    </message>
    <message>
        <source>The proxy&apos;s port is 0 (chosen when it starts); pass the port it listens on with --port.</source>
        <translation>Der Port des Proxys ist 0 (wird beim Start gewählt); übergeben Sie den Port, auf dem er lauscht, mit --port.</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge at %1 (%2).</source>
        <translation>Claude Code verwendet jetzt Codex Bridge unter %1 (%2).</translation>
    </message>
    <message>
        <source>Claude Code no longer uses Codex Bridge; the previous settings are back (%1).</source>
        <translation>Claude Code verwendet Codex Bridge nicht mehr; die vorherigen Einstellungen sind wiederhergestellt (%1).</translation>
    </message>
    <message>
        <source>on: Claude Code uses this proxy (%1)</source>
        <translation>on: Claude Code verwendet diesen Proxy (%1)</translation>
    </message>
    <message>
        <source>outdated: Claude Code points at this proxy (%1) but with other values; run `codex-bridge claude on` to update them</source>
        <translation>outdated: Claude Code verweist auf diesen Proxy (%1), aber mit anderen Werten; führen Sie `codex-bridge claude on` aus, um sie zu aktualisieren</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>off: Claude Code does not use this proxy (%1)</source>
        <translation>off: Claude Code verwendet diesen Proxy nicht (%1)</translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation> (existiert nicht)</translation>
    </message>
    <message>
        <source>settings file: %1%2</source>
        <translation>Einstellungsdatei: %1%2</translation>
    </message>
    <message>
        <source>saved values to restore with `codex-bridge claude off`: yes</source>
        <translation>gespeicherte Werte zum Wiederherstellen mit `codex-bridge claude off`: ja</translation>
    </message>
    <message>
        <source>Claude Code does not use Codex Bridge (%1); nothing to change.</source>
        <translation>Claude Code verwendet Codex Bridge nicht (%1); es gibt nichts zu ändern.</translation>
    </message>
</context>
<context>
    <name>ClaudeConfigApi</name>
    <message>
        <source>The Claude Code configuration is not available.</source>
        <translation>Die Konfiguration von Claude Code ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>Keine Route für %1 %2.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>Die Methode %1 ist für %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object (%1).</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>apiKey was not written: Codex Bridge keeps API keys out of files. Set ANTHROPIC_API_KEY in your environment to use the Anthropic API directly.</source>
        <translation>apiKey wurde nicht geschrieben: Codex Bridge speichert API-Schlüssel nicht in Dateien. Setzen Sie ANTHROPIC_API_KEY in Ihrer Umgebung, um die Anthropic API direkt zu nutzen.</translation>
    </message>
    <message>
        <source>Claude CLI configured to use proxy at %1</source>
        <translation>Claude CLI für die Nutzung des Proxys unter %1 konfiguriert</translation>
    </message>
    <message>
        <source>Claude CLI configured for direct API; previous settings restored</source>
        <translation>Claude CLI für die direkte API konfiguriert; vorherige Einstellungen wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>ClaudeSettingsEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). It was left untouched; fix it and try again.</source>
        <translation>%1 ist kein gültiges JSON (%2). Die Datei wurde nicht verändert; korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>In %1, “env” is not an object. The file was left untouched; fix it and try again.</source>
        <translation>In %1 ist “env” kein Objekt. Die Datei wurde nicht verändert; korrigieren Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); move it away to start over.</source>
        <translation>%1 ist kein gültiges JSON (%2); verschieben Sie die Datei, um neu zu beginnen.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Codex Bridge was editing it. Nothing was written; try again.</source>
        <translation>%1 wurde von einem anderen Programm geändert, während Codex Bridge die Datei bearbeitet hat. Es wurde nichts geschrieben; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2; %3 was left untouched.</source>
        <translation>Die Sicherung %1 kann nicht geschrieben werden: %2; %3 wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was changed by hand after Codex Bridge set it; it was left as it is.</source>
        <translation>%1 wurde von Hand geändert, nachdem Codex Bridge es gesetzt hatte; es wurde belassen, wie es ist.</translation>
    </message>
    <message>
        <source>Cannot restore %1 in %2: %3</source>
        <translation>%1 kann in %2 nicht wiederhergestellt werden: %3</translation>
    </message>
    <message>
        <source>Cannot set %1 in %2: %3</source>
        <translation>%1 kann in %2 nicht gesetzt werden: %3</translation>
    </message>
    <message>
        <source>No saved values were found; the Codex Bridge entries were removed from %1.</source>
        <translation>Es wurden keine gespeicherten Werte gefunden; die Einträge von Codex Bridge wurden aus %1 entfernt.</translation>
    </message>
</context>
<context>
    <name>CodexAuthImporter</name>
    <message>
        <source>No Codex CLI login found at %1. Sign in with &quot;codex login&quot; first, or sign in here.</source>
        <translation>Keine Anmeldung der Codex CLI unter %1 gefunden. Melden Sie sich zuerst mit &quot;codex login&quot; an oder melden Sie sich hier an.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Codex CLI login file is not valid JSON.</source>
        <translation>Die Anmeldedatei der Codex CLI ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The Codex CLI is logged in with an API key. Codex Bridge needs a ChatGPT sign-in (&quot;codex login&quot; with your ChatGPT account).</source>
        <translation>Die Codex CLI ist mit einem API-Schlüssel angemeldet. Codex Bridge benötigt eine ChatGPT-Anmeldung (&quot;codex login&quot; mit Ihrem ChatGPT-Konto).</translation>
    </message>
    <message>
        <source>The Codex CLI login file contains no sign-in tokens.</source>
        <translation>Die Anmeldedatei der Codex CLI enthält keine Anmeldetoken.</translation>
    </message>
    <message>
        <source>The Codex CLI login is incomplete (no access or refresh token); run &quot;codex login&quot; again.</source>
        <translation>Die Anmeldung der Codex CLI ist unvollständig (kein Zugriffs- oder Aktualisierungstoken); führen Sie &quot;codex login&quot; erneut aus.</translation>
    </message>
    <message>
        <source>The Codex CLI login does not say which account it is (no email or account id in its tokens); run &quot;codex login&quot; again.</source>
        <translation>Aus der Anmeldung der Codex CLI geht nicht hervor, um welches Konto es sich handelt (keine E-Mail-Adresse oder Konto-ID in den Token); führen Sie &quot;codex login&quot; erneut aus.</translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>No ChatGPT account is set up in Codex Bridge. Add one with `codex-bridge accounts import` (copies your Codex CLI login) or `codex-bridge accounts add`.</source>
        <translation>In Codex Bridge ist kein ChatGPT-Konto eingerichtet. Fügen Sie eines mit `codex-bridge accounts import` (übernimmt Ihre Anmeldung der Codex CLI) oder `codex-bridge accounts add` hinzu.</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 needs to sign in again: run `codex-bridge accounts add`.</source>
        <translation>Das ChatGPT-Konto %1 muss sich erneut anmelden: Führen Sie `codex-bridge accounts add` aus.</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 is disabled; switch to another account.</source>
        <translation>Das ChatGPT-Konto %1 ist deaktiviert; wechseln Sie zu einem anderen Konto.</translation>
    </message>
    <message>
        <source>The tokens of ChatGPT account %1 cannot be read: %2</source>
        <translation>Die Token des ChatGPT-Kontos %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The token refresh failed.</source>
        <translation>Das Erneuern des Tokens ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>DashboardAssets</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>Die Methode %1 ist für %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>The dashboard is missing from this build.</source>
        <translation>Das Dashboard fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>DashboardRoutes</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>Die Methode %1 ist für %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>Too many open request-log streams.</source>
        <translation>Zu viele offene Anfrageprotokoll-Streams.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Codex Bridge — Dashboard</source>
        <translation>Codex Bridge — Dashboard</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged and was left untouched; fix or remove it.</source>
        <translation>Die Geheimnisdatei %1 ist beschädigt und wurde nicht verändert; reparieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer version of Codex Bridge.</source>
        <translation>Die Geheimnisdatei %1 wurde von einer neueren Version von Codex Bridge geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>Die Geheimnisdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of the secrets file %1.</source>
        <translation>Die Berechtigungen der Geheimnisdatei %1 können nicht eingeschränkt werden.</translation>
    </message>
    <message>
        <source>The secret of %1 in %2 is damaged.</source>
        <translation>Das Geheimnis von %1 in %2 ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>FunctionCallPairing</name>
    <message>
        <source>Result of tool call %1:</source>
        <translation>Ergebnis des Tool-Aufrufs %1:</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>Timed out waiting for the request header</source>
        <translation>Zeitüberschreitung beim Warten auf den Anfrage-Header</translation>
    </message>
    <message>
        <source>Timed out waiting for the request body</source>
        <translation>Zeitüberschreitung beim Warten auf den Anfragetext</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>Request header section too large</source>
        <translation>Header-Bereich der Anfrage zu groß</translation>
    </message>
    <message>
        <source>Malformed request line</source>
        <translation>Fehlerhafte Anfragezeile</translation>
    </message>
    <message>
        <source>Invalid request method</source>
        <translation>Ungültige Anfragemethode</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>HTTP-Version nicht unterstützt</translation>
    </message>
    <message>
        <source>Invalid character in request target</source>
        <translation>Ungültiges Zeichen im Anfrageziel</translation>
    </message>
    <message>
        <source>Invalid request target</source>
        <translation>Ungültiges Anfrageziel</translation>
    </message>
    <message>
        <source>Invalid percent-encoding in request path</source>
        <translation>Ungültige Prozentkodierung im Anfragepfad</translation>
    </message>
    <message>
        <source>Request trailer section too large</source>
        <translation>Trailer-Bereich der Anfrage zu groß</translation>
    </message>
    <message>
        <source>Folded header lines are not supported</source>
        <translation>Gefaltete Header-Zeilen werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation>Fehlerhafte Header-Zeile</translation>
    </message>
    <message>
        <source>Invalid header name</source>
        <translation>Ungültiger Header-Name</translation>
    </message>
    <message>
        <source>Invalid character in header value</source>
        <translation>Ungültiges Zeichen im Header-Wert</translation>
    </message>
    <message>
        <source>Missing Host header</source>
        <translation>Host-Header fehlt</translation>
    </message>
    <message>
        <source>Multiple Host headers</source>
        <translation>Mehrere Host-Header</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>Ungültige Content-Length</translation>
    </message>
    <message>
        <source>Conflicting Content-Length values</source>
        <translation>Widersprüchliche Content-Length-Werte</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding are present</source>
        <translation>Sowohl Content-Length als auch Transfer-Encoding sind vorhanden</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not allowed in HTTP/1.0 requests</source>
        <translation>Transfer-Encoding ist in HTTP/1.0-Anfragen nicht erlaubt</translation>
    </message>
    <message>
        <source>Invalid Transfer-Encoding</source>
        <translation>Ungültiges Transfer-Encoding</translation>
    </message>
    <message>
        <source>Unsupported Transfer-Encoding</source>
        <translation>Nicht unterstütztes Transfer-Encoding</translation>
    </message>
    <message>
        <source>Unsupported Expect value</source>
        <translation>Nicht unterstützter Expect-Wert</translation>
    </message>
    <message>
        <source>Request body too large</source>
        <translation>Anfragetext zu groß</translation>
    </message>
    <message>
        <source>Chunk size line too long</source>
        <translation>Chunk-Größenzeile zu lang</translation>
    </message>
    <message>
        <source>Invalid chunk size</source>
        <translation>Ungültige Chunk-Größe</translation>
    </message>
    <message>
        <source>Invalid chunk extension</source>
        <translation>Ungültige Chunk-Erweiterung</translation>
    </message>
    <message>
        <source>Missing line break after chunk data</source>
        <translation>Zeilenumbruch nach Chunk-Daten fehlt</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Zu viele Verbindungen</translation>
    </message>
    <message>
        <source>Cannot accept connections (%1); retrying</source>
        <translation>Verbindungen können nicht angenommen werden (%1); neuer Versuch läuft</translation>
    </message>
</context>
<context>
    <name>JsonTextEditor</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 in Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The edit was refused because it would make the document invalid (%1).</source>
        <translation>Die Änderung wurde abgelehnt, weil sie das Dokument ungültig machen würde (%1).</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>“%1” ist kein Objekt</translation>
    </message>
    <message>
        <source>No value to set.</source>
        <translation>Kein Wert zum Setzen.</translation>
    </message>
    <message>
        <source>An empty path names no member.</source>
        <translation>Ein leerer Pfad bezeichnet kein Element.</translation>
    </message>
    <message>
        <source>The new value is not one JSON value.</source>
        <translation>Der neue Wert ist nicht genau ein JSON-Wert.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>On a machine without a keychain, set CODEX_BRIDGE_SECRET_STORE=file to keep the tokens in a file only you can read.</source>
        <translation>Setzen Sie auf einem Rechner ohne Schlüsselbund CODEX_BRIDGE_SECRET_STORE=file, um die Token in einer Datei aufzubewahren, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>access was denied when the keychain asked</source>
        <translation>der Zugriff wurde bei der Abfrage des Schlüsselbunds verweigert</translation>
    </message>
    <message>
        <source>the keychain is locked or denied access (%1)</source>
        <translation>der Schlüsselbund ist gesperrt oder hat den Zugriff verweigert (%1)</translation>
    </message>
    <message>
        <source>no keychain (Secret Service) is available (%1)</source>
        <translation>kein Schlüsselbund (Secret Service) verfügbar (%1)</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) could not be used (%1)</source>
        <translation>der Schlüsselbund (Secret Service) konnte nicht verwendet werden (%1)</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 seconds (it may be locked and waiting for a password, or the Secret Service is not responding). %3</source>
        <translation>%1: Der Schlüsselbund hat nicht innerhalb von %2 Sekunden geantwortet (er ist möglicherweise gesperrt und wartet auf ein Passwort, oder der Secret Service reagiert nicht). %3</translation>
    </message>
    <message>
        <source>%1: the keychain is locked; unlock it (for example by logging in to the desktop session) and try again. %2</source>
        <translation>%1: Der Schlüsselbund ist gesperrt; entsperren Sie ihn (zum Beispiel durch Anmelden an der Desktop-Sitzung) und versuchen Sie es erneut. %2</translation>
    </message>
    <message>
        <source>Could not read the tokens of %1 from the OS keychain</source>
        <translation>Die Token von %1 konnten nicht aus dem Schlüsselbund des Systems gelesen werden</translation>
    </message>
    <message>
        <source>Could not store the tokens of %1 in the OS keychain</source>
        <translation>Die Token von %1 konnten nicht im Schlüsselbund des Systems gespeichert werden</translation>
    </message>
    <message>
        <source>Could not delete the tokens of %1 from the OS keychain</source>
        <translation>Die Token von %1 konnten nicht aus dem Schlüsselbund des Systems gelöscht werden</translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message>
        <source>Cannot write the management key %1: %2</source>
        <translation>Der Verwaltungsschlüssel %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The management key is wrong.</source>
        <translation>Der Verwaltungsschlüssel ist falsch.</translation>
    </message>
    <message>
        <source>Account management needs the management key (header X-Codex-Bridge-Key, from %1 in the config dir) or a request from the Codex Bridge dashboard.</source>
        <translation>Die Kontenverwaltung erfordert den Verwaltungsschlüssel (Header X-Codex-Bridge-Key, aus %1 im Konfigurationsordner) oder eine Anfrage aus dem Dashboard von Codex Bridge.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>Die Methode %1 ist für %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>Sign-in callbacks are not taken on this port.</source>
        <translation>Anmelde-Callbacks werden auf diesem Port nicht angenommen.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>Keine Route für %1 %2.</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1</source>
        <translation>Die Anmeldung kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Send {&quot;email&quot;: &quot;...&quot;} to choose the account.</source>
        <translation>Senden Sie {&quot;email&quot;: &quot;...&quot;}, um das Konto auszuwählen.</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>Kein Konto %1.</translation>
    </message>
    <message>
        <source>Switched to account: %1</source>
        <translation>Zu Konto gewechselt: %1</translation>
    </message>
    <message>
        <source>Removed account: %1</source>
        <translation>Konto entfernt: %1</translation>
    </message>
    <message>
        <source>There is no active account.</source>
        <translation>Es gibt kein aktives Konto.</translation>
    </message>
    <message>
        <source>Quota tracking is not running.</source>
        <translation>Die Kontingentüberwachung läuft nicht.</translation>
    </message>
    <message>
        <source>Usage statistics are not running.</source>
        <translation>Die Nutzungsstatistik läuft nicht.</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model catalogue is not a JSON object.</source>
        <translation>Der Modellkatalog ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>The model catalogue has no &quot;models&quot; list.</source>
        <translation>Der Modellkatalog hat keine &quot;models&quot;-Liste.</translation>
    </message>
    <message>
        <source>The model catalogue lists no model.</source>
        <translation>Der Modellkatalog enthält kein Modell.</translation>
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
        <translation>Das Modell für &quot;%1&quot; muss ein Modellname sein; der Eintrag wurde ignoriert.</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be an object; it was ignored.</source>
        <translation>&quot;families&quot; muss ein Objekt sein; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>Unknown model family &quot;%1&quot; (use opus, sonnet or haiku); it was ignored.</source>
        <translation>Unbekannte Modellfamilie &quot;%1&quot; (verwenden Sie opus, sonnet oder haiku); sie wurde ignoriert.</translation>
    </message>
    <message>
        <source>&quot;aliases&quot; must be an object; it was ignored.</source>
        <translation>&quot;aliases&quot; muss ein Objekt sein; es wurde ignoriert.</translation>
    </message>
    <message>
        <source>An alias with an empty name was ignored.</source>
        <translation>Ein Alias mit leerem Namen wurde ignoriert.</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackResult</name>
    <message>
        <source>The sign-in reply does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>Die Anmeldeantwort gehört nicht zu dieser Anmeldung (state stimmt nicht überein). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied in the browser.</source>
        <translation>Die Anmeldung wurde im Browser abgebrochen oder der Zugriff wurde verweigert.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1.</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1 (%2).</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1 (%2).</translation>
    </message>
    <message>
        <source>That is neither the address the browser was sent to after signing in nor an authorization code.</source>
        <translation>Das ist weder die Adresse, zu der der Browser nach der Anmeldung geleitet wurde, noch ein Autorisierungscode.</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackServer</name>
    <message>
        <source>Cannot receive the sign-in: the callback port(s) %1 on localhost are in use by another program (is another sign-in or the Codex CLI login running?). Close it and try again.</source>
        <translation>Die Anmeldung kann nicht empfangen werden: Der/die Callback-Port(s) %1 auf localhost werden von einem anderen Programm verwendet (läuft eine andere Anmeldung oder die Anmeldung der Codex CLI?). Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Signed in to Codex Bridge</source>
        <translation>Bei Codex Bridge angemeldet</translation>
    </message>
    <message>
        <source>Codex Bridge sign-in failed</source>
        <translation>Anmeldung bei Codex Bridge fehlgeschlagen</translation>
    </message>
    <message>
        <source>You can close this tab and return to Codex Bridge.</source>
        <translation>Sie können diesen Tab schließen und zu Codex Bridge zurückkehren.</translation>
    </message>
    <message>
        <source>This sign-in has already been handled. Start a new one if needed.</source>
        <translation>Diese Anmeldung wurde bereits verarbeitet. Starten Sie bei Bedarf eine neue.</translation>
    </message>
</context>
<context>
    <name>OAuthLoginFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: no answer came back from the browser within %n minute(s).</source>
        <translation>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Innerhalb von %n Minute kam keine Antwort vom Browser.</numerusform>
            <numerusform>Zeitüberschreitung bei der Anmeldung: Innerhalb von %n Minuten kam keine Antwort vom Browser.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Signing in failed: the sign-in server did not say which ChatGPT account this is.</source>
        <translation>Anmeldung fehlgeschlagen: Der Anmeldeserver hat nicht mitgeteilt, um welches ChatGPT-Konto es sich handelt.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>Could not reach the sign-in server: %1</source>
        <translation>Der Anmeldeserver war nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The ChatGPT login has expired or was used elsewhere (%1). Sign in again.</source>
        <translation>Die ChatGPT-Anmeldung ist abgelaufen oder wurde an anderer Stelle verwendet (%1). Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable (HTTP %1). Try again later.</source>
        <translation>Der Anmeldeserver ist nicht verfügbar (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1, %2).</source>
        <translation>Der Anmeldeserver hat die Anfrage abgelehnt (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer without an access token.</source>
        <translation>Der Anmeldeserver hat eine Antwort ohne Zugriffstoken gesendet.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider needs a name or an id made of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Ein Anbieter benötigt einen Namen oder eine ID aus Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The base URL of provider %1 must be an http(s) URL such as http://127.0.0.1:11434/v1.</source>
        <translation>Die Basis-URL des Anbieters %1 muss eine http(s)-URL wie http://127.0.0.1:11434/v1 sein.</translation>
    </message>
    <message>
        <source>Provider %1 has an invalid extra header.</source>
        <translation>Der Anbieter %1 hat einen ungültigen zusätzlichen Header.</translation>
    </message>
    <message>
        <source>Provider %1: the header %2 is set by the proxy (put an API key in the API key field).</source>
        <translation>Anbieter %1: Der Header %2 wird vom Proxy gesetzt (tragen Sie einen API-Schlüssel in das Feld für den API-Schlüssel ein).</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>the model list is not in the OpenAI format</source>
        <translation>die Modellliste ist nicht im OpenAI-Format</translation>
    </message>
</context>
<context>
    <name>ProviderExchange</name>
    <message>
        <source>the provider sent an empty reply</source>
        <translation>der Anbieter hat eine leere Antwort gesendet</translation>
    </message>
</context>
<context>
    <name>ProviderRouting</name>
    <message>
        <source>Every routing rule needs a model name or family to match.</source>
        <translation>Jede Routing-Regel benötigt einen Modellnamen oder eine Modellfamilie als Kriterium.</translation>
    </message>
    <message>
        <source>The routing rule for %1 names an unknown provider &quot;%2&quot;.</source>
        <translation>Die Routing-Regel für %1 nennt einen unbekannten Anbieter &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The fallback names an unknown provider &quot;%1&quot;.</source>
        <translation>Der Ausweichanbieter &quot;%1&quot; ist unbekannt.</translation>
    </message>
    <message>
        <source>The fallback needs a model.</source>
        <translation>Der Ausweichanbieter benötigt ein Modell.</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsApi</name>
    <message>
        <source>Settings are not available.</source>
        <translation>Einstellungen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>Die Methode %1 ist für %2 nicht erlaubt.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>haikuKiloModel: a model name (string) is required.</source>
        <translation>haikuKiloModel: ein Modellname (Zeichenkette) ist erforderlich.</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>Es gibt keinen Anbieter &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>action: one of add, update, remove, test, routes is required.</source>
        <translation>action: einer der Werte add, update, remove, test, routes ist erforderlich.</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; update it instead.</source>
        <translation>Ein Anbieter &quot;%1&quot; existiert bereits; aktualisieren Sie ihn stattdessen.</translation>
    </message>
</context>
<context>
    <name>ProviderStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); no provider is used and the file is left untouched.</source>
        <translation>%1 ist kein gültiges JSON (%2); es wird kein Anbieter verwendet und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>doppelte ID</translation>
    </message>
    <message>
        <source>Not saving providers: %1 could not be read; fix or remove it first.</source>
        <translation>Anbieter werden nicht gespeichert: %1 konnte nicht gelesen werden; reparieren oder entfernen Sie die Datei zuerst.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>No secret store is available for the API key.</source>
        <translation>Für den API-Schlüssel ist kein Geheimnisspeicher verfügbar.</translation>
    </message>
    <message>
        <source>Cannot store the API key of %1: %2</source>
        <translation>Der API-Schlüssel von %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>Es gibt keinen Anbieter %1.</translation>
    </message>
</context>
<context>
    <name>ProvidersClient</name>
    <message>
        <source>Codex Bridge is not running; providers can be managed once it has started.</source>
        <translation>Codex Bridge läuft nicht; Anbieter lassen sich verwalten, sobald es gestartet ist.</translation>
    </message>
    <message numerus="yes">
        <source>Codex Bridge did not answer within %n second(s).</source>
        <translation>
            <numerusform>Codex Bridge hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Codex Bridge hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codex Bridge does not answer at %1 (%2). Is it running?</source>
        <translation>Codex Bridge antwortet nicht unter %1 (%2). Läuft es?</translation>
    </message>
    <message>
        <source>Codex Bridge answered with HTTP status %1.</source>
        <translation>Codex Bridge hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>OpenAI-compatible servers beside your ChatGPT subscription: a local Ollama, LM Studio or llama.cpp server, or a gateway such as OpenRouter. Changes here apply at once.</source>
        <translation>OpenAI-kompatible Server neben Ihrem ChatGPT-Abonnement: ein lokaler Ollama-, LM-Studio- oder llama.cpp-Server oder ein Gateway wie OpenRouter. Änderungen hier gelten sofort.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Neuen Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>e.g. Local Ollama</source>
        <translation>z. B. Lokales Ollama</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Basis-URL:</translation>
    </message>
    <message>
        <source>As for the OpenAI SDK, e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</source>
        <translation>Wie beim OpenAI-SDK, z. B. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>empty for local servers; kept in the system keychain</source>
        <translation>leer bei lokalen Servern; wird im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
    <message>
        <source>optional, comma-separated; the connection test fetches them</source>
        <translation>optional, durch Kommas getrennt; der Verbindungstest ruft sie ab</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Claude Haiku requests</source>
        <translation>Claude-Haiku-Anfragen</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Senden an:</translation>
    </message>
    <message>
        <source>ChatGPT subscription</source>
        <translation>ChatGPT-Abonnement</translation>
    </message>
    <message>
        <source>Claude Code sends light background work (titles, summaries) to its Haiku model; a provider model can take it and spare your ChatGPT quota.</source>
        <translation>Claude Code schickt leichte Hintergrundarbeit (Titel, Zusammenfassungen) an sein Haiku-Modell; ein Anbietermodell kann sie übernehmen und Ihr ChatGPT-Kontingent schonen.</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 was added. Testing the connection…</source>
        <translation>%1 wurde hinzugefügt. Die Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Could not test %1: %2</source>
        <translation>%1 konnte nicht getestet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 answers: %n model(s).</source>
        <translation>
            <numerusform>%1 antwortet: %n Modell.</numerusform>
            <numerusform>%1 antwortet: %n Modelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 hat nicht geantwortet: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2: %3</source>
        <translation>%1 hat mit HTTP-Status %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Anbieter entfernen</translation>
    </message>
    <message>
        <source>Remove %1? Its API key is deleted from the keychain, and the requests routed to it go to your ChatGPT subscription again.</source>
        <translation>%1 entfernen? Sein API-Schlüssel wird aus dem Schlüsselbund gelöscht, und die dorthin geleiteten Anfragen gehen wieder an Ihr ChatGPT-Abonnement.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Claude Haiku requests were not rerouted: %1</source>
        <translation>Claude-Haiku-Anfragen wurden nicht umgeleitet: %1</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to %1.</source>
        <translation>Claude-Haiku-Anfragen gehen jetzt an %1.</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to your ChatGPT subscription.</source>
        <translation>Claude-Haiku-Anfragen gehen jetzt wieder an Ihr ChatGPT-Abonnement.</translation>
    </message>
</context>
<context>
    <name>ProxyExchange</name>
    <message>
        <source>the upstream stream ended without a terminal event</source>
        <translation>der Upstream-Stream endete ohne abschließendes Ereignis</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using defaults and leaving the file untouched.</source>
        <translation>%1 ist kein gültiges JSON (%2); es werden Standardwerte verwendet und die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Ignoring invalid port in %1</source>
        <translation>Ungültiger Port in %1 wird ignoriert</translation>
    </message>
    <message>
        <source>Ignoring invalid rotation in %1 (expected off, sticky or round-robin)</source>
        <translation>Ungültige Rotation in %1 wird ignoriert (erwartet: off, sticky oder round-robin)</translation>
    </message>
    <message>
        <source>Not saving settings: the existing file could not be read.</source>
        <translation>Einstellungen werden nicht gespeichert: Die vorhandene Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht erstellt werden</translation>
    </message>
</context>
<context>
    <name>ProxyWorker</name>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 ist keine IP-Adresse, auf der gelauscht werden kann.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2 kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Codex Bridge is quitting; the request was cut.</source>
        <translation>Codex Bridge wird beendet; die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The proxy is not running.</source>
        <translation>Der Proxy läuft nicht.</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key.</source>
        <translation>Auf %1 wird ohne Client-Schlüssel nicht gelauscht.</translation>
    </message>
</context>
<context>
    <name>QuotaAlerts</name>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>ChatGPT no longer accepts the sign-in of %1. Choose &quot;Add ChatGPT account…&quot; to sign in again.</source>
        <translation>ChatGPT akzeptiert die Anmeldung von %1 nicht mehr. Wählen Sie „ChatGPT-Konto hinzufügen…“, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>ChatGPT limit reached</source>
        <translation>ChatGPT-Limit erreicht</translation>
    </message>
    <message>
        <source>%1 has used up its quota.</source>
        <translation>%1 hat sein Kontingent aufgebraucht.</translation>
    </message>
    <message>
        <source>%1 has used up its quota; it %2.</source>
        <translation>%1 hat sein Kontingent aufgebraucht; %2.</translation>
    </message>
    <message>
        <source>ChatGPT quota low</source>
        <translation>ChatGPT-Kontingent niedrig</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>%1 is ready to use.</source>
        <translation>%1 ist einsatzbereit.</translation>
    </message>
</context>
<context>
    <name>QuotaBarsWidget</name>
    <message>
        <source>Quota of the active account</source>
        <translation>Kontingent des aktiven Kontos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>Zurücksetzung in %1 h %2 min</translation>
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
        <translation>%1 %</translation>
    </message>
    <message>
        <source>resets now</source>
        <translation>Zurücksetzung jetzt</translation>
    </message>
    <message>
        <source>resets in %1 d %2 h</source>
        <translation>Zurücksetzung in %1 T %2 h</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>Zurücksetzung in %1 h %2 min</translation>
    </message>
    <message>
        <source>resets in %1 m</source>
        <translation>Zurücksetzung in %1 min</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message numerus="yes">
        <source>%n-day</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>5-hour</source>
        <translation>5 Stunden</translation>
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
        <translation>Kontingent unbekannt</translation>
    </message>
    <message>
        <source>5 h %1 · week %2</source>
        <extracomment>Short quota summary: 5-hour window share, then weekly share, e.g. &quot;5 h 42 % · week 13 %&quot;</extracomment>
        <translation>5 h %1 · Woche %2</translation>
    </message>
</context>
<context>
    <name>QuotaSnapshot</name>
    <message>
        <source>The usage reply is not a JSON object.</source>
        <translation>Die Nutzungsantwort ist kein JSON-Objekt.</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Requests from web pages are not allowed (Origin %1).</source>
        <translation>Anfragen von Webseiten sind nicht erlaubt (Origin %1).</translation>
    </message>
    <message>
        <source>Cross-site requests are not allowed.</source>
        <translation>Websiteübergreifende Anfragen sind nicht erlaubt.</translation>
    </message>
    <message>
        <source>The Host header is missing.</source>
        <translation>Der Host-Header fehlt.</translation>
    </message>
    <message>
        <source>Host %1 is not this proxy; use http://127.0.0.1 or http://localhost.</source>
        <translation>Host %1 ist nicht dieser Proxy; verwenden Sie http://127.0.0.1 oder http://localhost.</translation>
    </message>
    <message>
        <source>This proxy requires its client key (x-api-key or Authorization: Bearer).</source>
        <translation>Dieser Proxy erfordert seinen Client-Schlüssel (x-api-key oder Authorization: Bearer).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Unknown secret store &quot;%1&quot; in CODEX_BRIDGE_SECRET_STORE (supported: keychain, the default, and file).</source>
        <translation>Unbekannter Geheimnisspeicher &quot;%1&quot; in CODEX_BRIDGE_SECRET_STORE (unterstützt: keychain, der Standard, und file).</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Adresse, auf der gelauscht wird (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8081; 0 picks a free one).</source>
        <translation>Port, auf dem gelauscht wird (Standard: 8081; 0 wählt einen freien).</translation>
    </message>
    <message>
        <source>Key clients must send (x-api-key or Authorization: Bearer). Required when listening on a non-loopback address. Also CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>Schlüssel, den Clients senden müssen (x-api-key oder Authorization: Bearer). Erforderlich, wenn auf einer anderen als der Loopback-Adresse gelauscht wird. Auch über CODEX_BRIDGE_CLIENT_KEY.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Ungültiger Port: %1</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key: anyone who can reach this address could use your ChatGPT subscription. Set one with --client-key or CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>Auf %1 wird ohne Client-Schlüssel nicht gelauscht: Jeder, der diese Adresse erreichen kann, könnte Ihr ChatGPT-Abonnement nutzen. Legen Sie einen mit --client-key oder CODEX_BRIDGE_CLIENT_KEY fest.</translation>
    </message>
    <message>
        <source>Run the proxy without a user interface.</source>
        <translation>Den Proxy ohne Benutzeroberfläche ausführen.</translation>
    </message>
    <message>
        <source>Run the proxy.</source>
        <translation>Den Proxy ausführen.</translation>
    </message>
</context>
<context>
    <name>SettingsApi</name>
    <message>
        <source>The bind address must be an IP address (127.0.0.1, ::1, 0.0.0.0…) or localhost.</source>
        <translation>Die Bindungsadresse muss eine IP-Adresse (127.0.0.1, ::1, 0.0.0.0…) oder localhost sein.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>Der Port muss eine ganze Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The client key must be empty (none) or %1 to %2 printable characters without spaces.</source>
        <translation>Der Client-Schlüssel muss leer (keiner) sein oder aus %1 bis %2 druckbaren Zeichen ohne Leerzeichen bestehen.</translation>
    </message>
    <message>
        <source>The rotation must be off, sticky or round-robin.</source>
        <translation>Die Rotation muss off, sticky oder round-robin sein.</translation>
    </message>
    <message>
        <source>The model mapping must be an object {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}.</source>
        <translation>Die Modellzuordnung muss ein Objekt {&quot;families&quot;:{…},&quot;aliases&quot;:{…}} sein.</translation>
    </message>
    <message>
        <source>systemAsInstructions must be true or false.</source>
        <translation>systemAsInstructions muss true oder false sein.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Unbekannte Einstellung &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Listening on %1 needs a client key: anyone who can reach that address could use your ChatGPT subscription.</source>
        <translation>Zum Lauschen auf %1 ist ein Client-Schlüssel erforderlich: Jeder, der diese Adresse erreichen kann, könnte Ihr ChatGPT-Abonnement nutzen.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on /settings.</source>
        <translation>Die Methode %1 ist für /settings nicht erlaubt.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object of settings.</source>
        <translation>Der Anfragetext muss ein JSON-Objekt mit Einstellungen sein.</translation>
    </message>
    <message>
        <source>The settings are in effect until the proxy stops, but could not be saved: %1</source>
        <translation>Die Einstellungen gelten, bis der Proxy beendet wird, konnten aber nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Codex Bridge Settings</source>
        <translation>Einstellungen von Codex Bridge</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Lauschen auf:</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the proxy to this computer. Any other address needs a client key.</source>
        <translation>Mit 127.0.0.1 bleibt der Proxy auf diesen Computer beschränkt. Jede andere Adresse erfordert einen Client-Schlüssel.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>none (only this computer can connect)</source>
        <translation>keiner (nur dieser Computer kann sich verbinden)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Erzeugen</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelle:</translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation>Angefordertes Modell</translation>
    </message>
    <message>
        <source>ChatGPT model</source>
        <translation>ChatGPT-Modell</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Account rotation:</source>
        <translation>Kontenrotation:</translation>
    </message>
    <message>
        <source>Off — use the active account</source>
        <translation>Aus — das aktive Konto verwenden</translation>
    </message>
    <message>
        <source>Sticky — keep a session on one account until it runs out</source>
        <translation>Fest — eine Sitzung bei einem Konto belassen, bis es erschöpft ist</translation>
    </message>
    <message>
        <source>Round robin — spread requests over all accounts</source>
        <translation>Reihum — Anfragen auf alle Konten verteilen</translation>
    </message>
    <message>
        <source>Start Codex Bridge at login</source>
        <translation>Codex Bridge bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Claude %1 (any version)</source>
        <translation>Claude %1 (beliebige Version)</translation>
    </message>
    <message>
        <source>Enter the address to listen on, e.g. 127.0.0.1.</source>
        <translation>Geben Sie die Adresse ein, auf der gelauscht werden soll, z. B. 127.0.0.1.</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers use your ChatGPT subscription: set a client key first.</source>
        <translation>Wenn auf %1 gelauscht wird, können andere Computer Ihr ChatGPT-Abonnement nutzen: Legen Sie zuerst einen Client-Schlüssel fest.</translation>
    </message>
    <message>
        <source>Each alias needs both a requested model and a ChatGPT model.</source>
        <translation>Jeder Alias benötigt sowohl ein angefordertes Modell als auch ein ChatGPT-Modell.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
</context>
<context>
    <name>StreamingPost</name>
    <message>
        <source>the stream stalled for %1 s</source>
        <translation>der Stream stockte %1 s lang</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>The ChatGPT account %1 cannot be refreshed (%2); sign in again (`codex-bridge accounts add`).</source>
        <translation>Das ChatGPT-Konto %1 kann nicht erneuert werden (%2); melden Sie sich erneut an (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>kein Aktualisierungstoken</translation>
    </message>
    <message>
        <source>no account store</source>
        <translation>kein Kontenspeicher</translation>
    </message>
    <message>
        <source>The refreshed sign-in of ChatGPT account %1 could not be stored: %2</source>
        <translation>Die erneuerte Anmeldung des ChatGPT-Kontos %1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The sign-in of ChatGPT account %1 is no longer valid (%2): sign in again (`codex-bridge accounts add`).</source>
        <translation>Die Anmeldung des ChatGPT-Kontos %1 ist nicht mehr gültig (%2): Melden Sie sich erneut an (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>Could not refresh the sign-in of ChatGPT account %1 (%2); try again shortly.</source>
        <translation>Die Anmeldung des ChatGPT-Kontos %1 konnte nicht erneuert werden (%2); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The sign-in server refused to refresh ChatGPT account %1 (%2).</source>
        <translation>Der Anmeldeserver hat das Erneuern des ChatGPT-Kontos %1 abgelehnt (%2).</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>tools: must be an array of tool definitions</source>
        <translation>tools: muss ein Array von Tool-Definitionen sein</translation>
    </message>
    <message>
        <source>%1: each tool must be an object</source>
        <translation>%1: jedes Tool muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.type: must be a string</source>
        <translation>%1.type: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1.name: field required (a non-empty string)</source>
        <translation>%1.name: Feld erforderlich (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>system.%1: must be a text block with a string &quot;text&quot;</source>
        <translation>system.%1: muss ein Textblock mit einer Zeichenkette &quot;text&quot; sein</translation>
    </message>
    <message>
        <source>system: must be a string or an array of text blocks</source>
        <translation>system: muss eine Zeichenkette oder ein Array von Textblöcken sein</translation>
    </message>
    <message>
        <source>%1: each message must be an object</source>
        <translation>%1: jede Nachricht muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.role: must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;</source>
        <translation>%1.role: muss &quot;user&quot;, &quot;assistant&quot; oder &quot;system&quot; sein</translation>
    </message>
    <message>
        <source>%1.content.%2: each content block must be an object with a string &quot;type&quot;</source>
        <translation>%1.content.%2: jeder Inhaltsblock muss ein Objekt mit einer Zeichenkette &quot;type&quot; sein</translation>
    </message>
    <message>
        <source>%1.content: must be a string or an array of content blocks</source>
        <translation>%1.content: muss eine Zeichenkette oder ein Array von Inhaltsblöcken sein</translation>
    </message>
    <message>
        <source>%1.text: must be a string</source>
        <translation>%1.text: muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>%1.source: field required (an object)</source>
        <translation>%1.source: Feld erforderlich (ein Objekt)</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;image/png&quot;)</source>
        <translation>%1.source.media_type: Feld erforderlich (z. B. &quot;image/png&quot;)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 image data)</source>
        <translation>%1.source.data: Feld erforderlich (Base64-Bilddaten)</translation>
    </message>
    <message>
        <source>%1.source.url: field required (a non-empty string)</source>
        <translation>%1.source.url: Feld erforderlich (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>%1.source.type: image source &quot;%2&quot; is not supported (use &quot;base64&quot; or &quot;url&quot;)</source>
        <translation>%1.source.type: Bildquelle &quot;%2&quot; wird nicht unterstützt (verwenden Sie &quot;base64&quot; oder &quot;url&quot;)</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;application/pdf&quot;)</source>
        <translation>%1.source.media_type: Feld erforderlich (z. B. &quot;application/pdf&quot;)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 document data)</source>
        <translation>%1.source.data: Feld erforderlich (Base64-Dokumentdaten)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (the document text)</source>
        <translation>%1.source.data: Feld erforderlich (der Dokumenttext)</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported (use &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; or &quot;content&quot;)</source>
        <translation>%1.source.type: Dokumentquelle &quot;%2&quot; wird nicht unterstützt (verwenden Sie &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; oder &quot;content&quot;)</translation>
    </message>
    <message>
        <source>%1.id: field required (a non-empty string)</source>
        <translation>%1.id: Feld erforderlich (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>%1.input: must be an object</source>
        <translation>%1.input: muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1.tool_use_id: field required (a non-empty string)</source>
        <translation>%1.tool_use_id: Feld erforderlich (eine nicht leere Zeichenkette)</translation>
    </message>
    <message>
        <source>%1: each content block must be an object</source>
        <translation>%1: jeder Inhaltsblock muss ein Objekt sein</translation>
    </message>
    <message>
        <source>tool_choice: must be an object such as {&quot;type&quot;:&quot;auto&quot;}</source>
        <translation>tool_choice: muss ein Objekt wie {&quot;type&quot;:&quot;auto&quot;} sein</translation>
    </message>
    <message>
        <source>tool_choice.name: field required when tool_choice.type is &quot;tool&quot;</source>
        <translation>tool_choice.name: Feld erforderlich, wenn tool_choice.type &quot;tool&quot; ist</translation>
    </message>
    <message>
        <source>tool_choice.name: no tool named &quot;%1&quot; in tools</source>
        <translation>tool_choice.name: kein Tool namens &quot;%1&quot; in tools</translation>
    </message>
    <message>
        <source>tool_choice.type: must be &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; or &quot;none&quot;</source>
        <translation>tool_choice.type: muss &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; oder &quot;none&quot; sein</translation>
    </message>
    <message>
        <source>thinking.budget_tokens: must be an integer</source>
        <translation>thinking.budget_tokens: muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>thinking: must be an object such as {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192}</source>
        <translation>thinking: muss ein Objekt wie {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192} sein</translation>
    </message>
    <message>
        <source>output_config.format.schema: field required (a JSON schema object)</source>
        <translation>output_config.format.schema: Feld erforderlich (ein JSON-Schema-Objekt)</translation>
    </message>
    <message>
        <source>system.%1: only text blocks are supported in the system prompt</source>
        <translation>system.%1: im Systemprompt werden nur Textblöcke unterstützt</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 image</source>
        <translation>%1.source: media_type und data sind für ein Base64-Bild erforderlich</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 document</source>
        <translation>%1.source: media_type und data sind für ein Base64-Dokument erforderlich</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported</source>
        <translation>%1.source.type: Dokumentquelle &quot;%2&quot; wird nicht unterstützt</translation>
    </message>
    <message>
        <source>%1.type: content block type &quot;%2&quot; is not supported here</source>
        <translation>%1.type: Inhaltsblocktyp &quot;%2&quot; wird hier nicht unterstützt</translation>
    </message>
    <message>
        <source>%1: a tool_use block needs an id and a name</source>
        <translation>%1: ein tool_use-Block benötigt eine id und einen name</translation>
    </message>
    <message>
        <source>tools: must be an array</source>
        <translation>tools: muss ein Array sein</translation>
    </message>
    <message>
        <source>tools.%1.name: field required</source>
        <translation>tools.%1.name: Feld erforderlich</translation>
    </message>
    <message>
        <source>tool_choice: expected {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (with a name)}</source>
        <translation>tool_choice: erwartet {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (mit einem name)}</translation>
    </message>
    <message>
        <source>messages: field required (an array)</source>
        <translation>messages: Feld erforderlich (ein Array)</translation>
    </message>
    <message>
        <source>max_tokens: must be a number</source>
        <translation>max_tokens: muss eine Zahl sein</translation>
    </message>
    <message>
        <source>stop_sequences: must be an array of strings</source>
        <translation>stop_sequences: muss ein Array von Zeichenketten sein</translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>No desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>Es wurde keine Desktop-Sitzung gefunden (weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt).</translation>
    </message>
</context>
<context>
    <name>TrayCommand</name>
    <message>
        <source>To run the proxy without a user interface, use: codex-bridge serve</source>
        <translation>Um den Proxy ohne Benutzeroberfläche auszuführen, verwenden Sie: codex-bridge serve</translation>
    </message>
    <message>
        <source>Codex Bridge in the system tray.</source>
        <translation>Codex Bridge im Infobereich der Taskleiste.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Codex Bridge could not start</source>
        <translation>Codex Bridge konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not switch the account</source>
        <translation>Das Konto konnte nicht gewechselt werden</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Add ChatGPT account…</source>
        <translation>ChatGPT-Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>Use with Claude Code</source>
        <translation>Mit Claude Code verwenden</translation>
    </message>
    <message>
        <source>Copy shell setup</source>
        <translation>Shell-Einrichtung kopieren</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Dashboard öffnen</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Bei der Anmeldung starten</translation>
    </message>
    <message>
        <source>About Codex Bridge</source>
        <translation>Über Codex Bridge</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
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
        <translation>Nicht aktiv: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 · %n request(s) today</source>
        <translation>
            <numerusform>Lauscht auf %1 · heute %n Anfrage</numerusform>
            <numerusform>Lauscht auf %1 · heute %n Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Warten auf die Anmeldung in Ihrem Browser…</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT</source>
        <translation>Bei ChatGPT anmelden</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Öffnen Sie diese Adresse in einem Browser, um sich anzumelden:</translation>
    </message>
    <message>
        <source>Shell setup copied</source>
        <translation>Shell-Einrichtung kopiert</translation>
    </message>
    <message>
        <source>Paste it into a terminal; Claude Code and OpenAI clients started there will use Codex Bridge.</source>
        <translation>Fügen Sie sie in ein Terminal ein; dort gestartete Claude Code- und OpenAI-Clients verwenden dann Codex Bridge.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Use Claude Code and OpenAI clients with your ChatGPT subscription.&lt;/p&gt;&lt;p&gt;Listening on %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Verwenden Sie Claude Code und OpenAI-Clients mit Ihrem ChatGPT-Abonnement.&lt;/p&gt;&lt;p&gt;Lauscht auf %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>Einstellungen nicht übernommen</translation>
    </message>
    <message>
        <source>Use with Claude Code (update needed)</source>
        <translation>Mit Claude Code verwenden (Aktualisierung nötig)</translation>
    </message>
    <message>
        <source>Claude Code points at Codex Bridge with an old address, key or model mapping.</source>
        <translation>Claude Code verweist mit einer veralteten Adresse, einem veralteten Schlüssel oder einer veralteten Modellzuordnung auf Codex Bridge.</translation>
    </message>
    <message>
        <source>Use with Claude Code (settings file unreadable)</source>
        <translation>Mit Claude Code verwenden (Einstellungsdatei nicht lesbar)</translation>
    </message>
    <message>
        <source>Claude Code settings not changed</source>
        <translation>Einstellungen von Claude Code nicht geändert</translation>
    </message>
    <message>
        <source>Fix the file (or remove it), then try again.</source>
        <translation>Korrigieren Sie die Datei (oder entfernen Sie sie) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge. Start a new `claude` session to pick it up.</source>
        <translation>Claude Code verwendet jetzt Codex Bridge. Starten Sie eine neue `claude`-Sitzung, damit die Änderung wirksam wird.</translation>
    </message>
    <message>
        <source>Claude Code settings restored.</source>
        <translation>Einstellungen von Claude Code wiederhergestellt.</translation>
    </message>
    <message>
        <source>Claude Code: on</source>
        <translation>Claude Code: ein</translation>
    </message>
    <message>
        <source>Claude Code: off</source>
        <translation>Claude Code: aus</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Proxy not running</source>
        <translation>Proxy nicht aktiv</translation>
    </message>
    <message>
        <source>No ChatGPT account</source>
        <translation>Kein ChatGPT-Konto</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Quota low</source>
        <translation>Kontingent niedrig</translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation>Kontingent erschöpft</translation>
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
        <translation>%1: %2 verbraucht</translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using the defaults.</source>
        <translation>%1 ist kein gültiges JSON (%2); es werden die Standardwerte verwendet.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamFailure</name>
    <message>
        <source>ChatGPT rejected the sign-in (%1). Sign in again with `codex-bridge accounts add`.</source>
        <translation>ChatGPT hat die Anmeldung abgelehnt (%1). Melden Sie sich mit `codex-bridge accounts add` erneut an.</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached; it resets at %1 (in %2 min).</source>
        <translation>ChatGPT-Nutzungslimit erreicht; es wird um %1 zurückgesetzt (in %2 min).</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached: %1</source>
        <translation>ChatGPT-Nutzungslimit erreicht: %1</translation>
    </message>
    <message>
        <source>Prompt is too long: %1</source>
        <translation>Der Prompt ist zu lang: %1</translation>
    </message>
    <message>
        <source>The ChatGPT backend is overloaded: %1</source>
        <translation>Das ChatGPT-Backend ist überlastet: %1</translation>
    </message>
    <message>
        <source>The ChatGPT backend failed: %1</source>
        <translation>Das ChatGPT-Backend ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not reach the ChatGPT backend: %1</source>
        <translation>Das ChatGPT-Backend war nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>UpstreamRequest</name>
    <message>
        <source>an upstream event exceeded %1 MB</source>
        <translation>ein Upstream-Ereignis hat %1 MB überschritten</translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>Cannot read %1: %2. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>%1 kann nicht gelesen werden: %2. Nutzungsstatistiken werden erst wieder gespeichert, wenn die Datei repariert oder entfernt wurde.</translation>
    </message>
    <message>
        <source>%1 is not a usage statistics file. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>%1 ist keine Nutzungsstatistikdatei. Nutzungsstatistiken werden erst wieder gespeichert, wenn die Datei repariert oder entfernt wurde.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
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
        <translation>Verwendung: codex-bridge [Befehl] [Optionen]

Ohne Befehl: die Anwendung im Infobereich [--host ADDRESS] [--port PORT]

Befehle:
  serve [--host ADDRESS] [--port PORT] [--client-key KEY]
                       den Proxy ausführen (Standard: http://127.0.0.1:8081)
  accounts add [--no-browser] | import [PATH] | list | switch EMAIL
           | remove EMAIL | clear | quota
                       ChatGPT-Konten verwalten
  claude on | off | status [--host ADDRESS] [--port PORT] [--client-key KEY]
                       Claude Code (~/.claude/settings.json) auf diesen Proxy
                       umstellen oder seine vorherigen Einstellungen
                       wiederherstellen
  --version            die Version ausgeben
  --help               diese Hilfe
</translation>
    </message>
</context>
</TS>
