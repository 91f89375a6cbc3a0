<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountRouter</name>
    <message>
        <source>No usable ChatGPT account in Codex Bridge: every account is disabled or needs to sign in again (`codex-bridge accounts add`).</source>
        <translation>No hay ninguna cuenta de ChatGPT utilizable en Codex Bridge: todas las cuentas están desactivadas o necesitan volver a iniciar sesión (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>Every ChatGPT account reached its usage limit; the first one resets at %1 (in %2 min).</source>
        <translation>Todas las cuentas de ChatGPT han alcanzado su límite de uso; la primera se restablece a las %1 (en %2 min).</translation>
    </message>
    <message>
        <source>Every ChatGPT account failed just now; retry in %1 s.</source>
        <translation>Todas las cuentas de ChatGPT acaban de fallar; vuelve a intentarlo en %1 s.</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation>No hay ningún almacén de secretos disponible.</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read (%2). It was left untouched; fix or remove it, or remove all accounts to start again.</source>
        <translation>No se pudo leer el archivo de cuentas %1 (%2). No se ha modificado; corrígelo o elimínalo, o elimina todas las cuentas para empezar de nuevo.</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>written by a newer version of Codex Bridge</source>
        <translation>escrito por una versión más reciente de Codex Bridge</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list</source>
        <translation>&quot;accounts&quot; no es una lista</translation>
    </message>
    <message>
        <source>an account entry is not an object with an email or an account id</source>
        <translation>una entrada de cuenta no es un objeto con un correo electrónico o un id de cuenta</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read, so it is not changed; fix or remove it first.</source>
        <translation>No se pudo leer el archivo de cuentas %1, así que no se modifica; corrígelo o elimínalo primero.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>An account needs an email or an account id.</source>
        <translation>Una cuenta necesita un correo electrónico o un id de cuenta.</translation>
    </message>
    <message>
        <source>The account %1 has no tokens.</source>
        <translation>La cuenta %1 no tiene tokens.</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>Cannot move the unreadable accounts file %1 aside.</source>
        <translation>No se puede apartar el archivo de cuentas ilegible %1.</translation>
    </message>
    <message>
        <source>No tokens are stored for the account %1; sign in again.</source>
        <translation>No hay tokens guardados para la cuenta %1; vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The stored tokens of the account %1 are damaged; sign in again.</source>
        <translation>Los tokens guardados de la cuenta %1 están dañados; vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Sign in to a ChatGPT account and add it.</source>
        <translation>Inicia sesión en una cuenta de ChatGPT y añádela.</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and read the address the browser ends up on (or the code) from the terminal.</source>
        <translation>No abrir un navegador: mostrar la dirección de inicio de sesión y leer desde el terminal la dirección a la que llega el navegador (o el código).</translation>
    </message>
    <message>
        <source>Add a ChatGPT account.</source>
        <translation>Añadir una cuenta de ChatGPT.</translation>
    </message>
    <message>
        <source>Got the sign-in reply, finishing...</source>
        <translation>Respuesta de inicio de sesión recibida, finalizando...</translation>
    </message>
    <message>
        <source>Signed in, but the account could not be stored: %1</source>
        <translation>Sesión iniciada, pero no se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>plan desconocido</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT in the browser window that just opened. If none opened, visit:</source>
        <translation>Inicia sesión en ChatGPT en la ventana del navegador que se acaba de abrir. Si no se abrió ninguna, visita:</translation>
    </message>
    <message>
        <source>Open this address in a browser (on this or any other machine) and sign in to ChatGPT:</source>
        <translation>Abre esta dirección en un navegador (en este u otro equipo) e inicia sesión en ChatGPT:</translation>
    </message>
    <message>
        <source>Note: the sign-in reply cannot reach this program directly (the callback port is busy).</source>
        <translation>Nota: la respuesta de inicio de sesión no puede llegar directamente a este programa (el puerto de retorno está ocupado).</translation>
    </message>
    <message>
        <source>After signing in, the browser goes to %1?code=... If that page does not say &quot;Signed in&quot; (for example because the browser runs on another machine), copy the whole address from the browser&apos;s address bar and paste it here, then press Enter:</source>
        <translation>Tras iniciar sesión, el navegador va a %1?code=... Si esa página no dice «Sesión iniciada» (por ejemplo, porque el navegador se ejecuta en otro equipo), copia la dirección completa de la barra de direcciones del navegador, pégala aquí y pulsa Intro:</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Manage ChatGPT accounts.</source>
        <translation>Gestionar cuentas de ChatGPT.</translation>
    </message>
    <message>
        <source>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</source>
        <translation>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>Active account: %1.</source>
        <translation>Cuenta activa: %1.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Se ha eliminado %1.</translation>
    </message>
    <message>
        <source>Removed all accounts.</source>
        <translation>Se han eliminado todas las cuentas.</translation>
    </message>
    <message>
        <source>Unknown or incomplete command: accounts %1</source>
        <translation>Comando desconocido o incompleto: accounts %1</translation>
    </message>
    <message>
        <source>Could not store the account: %1</source>
        <translation>No se pudo guardar la cuenta: %1</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>plan desconocido</translation>
    </message>
    <message>
        <source>Updated %1 (%2).</source>
        <translation>Se ha actualizado %1 (%2).</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>Se ha importado %1 (%2).</translation>
    </message>
    <message>
        <source>Note: Codex Bridge now refreshes its own copy of this login. Refresh tokens are single-use, so the Codex CLI may ask you to sign in again after Codex Bridge refreshed.</source>
        <translation>Nota: Codex Bridge ahora renueva su propia copia de este inicio de sesión. Los tokens de actualización son de un solo uso, así que la CLI de Codex puede pedirte que vuelvas a iniciar sesión después de que Codex Bridge los renueve.</translation>
    </message>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts import` or `codex-bridge accounts add`.</source>
        <translation>No hay cuentas. Añade una con `codex-bridge accounts import` o `codex-bridge accounts add`.</translation>
    </message>
</context>
<context>
    <name>AccountsQuotaCommand</name>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts add` or `codex-bridge accounts import`.</source>
        <translation>No hay cuentas. Añade una con `codex-bridge accounts add` o `codex-bridge accounts import`.</translation>
    </message>
    <message>
        <source>cannot read its tokens: %1</source>
        <translation>no se pueden leer sus tokens: %1</translation>
    </message>
    <message>
        <source>the access token was refused (sign in again, or let the proxy refresh it by serving a request)</source>
        <translation>se rechazó el token de acceso (vuelve a iniciar sesión o deja que el proxy lo renueve al atender una solicitud)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>quota not available: %1</source>
        <translation>cuota no disponible: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>plan:    %1</source>
        <translation>plan:     %1</translation>
    </message>
    <message>
        <source>5-hour:  %1</source>
        <translation>5 horas:  %1</translation>
    </message>
    <message>
        <source>weekly:  %1</source>
        <translation>semanal:  %1</translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>límite alcanzado</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1 % usado</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>, resets %1 (in %2)</source>
        <translation>, se restablece el %1 (en %2)</translation>
    </message>
</context>
<context>
    <name>AnthropicRequestTranslator</name>
    <message>
        <source>model: field required (a non-empty string)</source>
        <translation>model: campo obligatorio (una cadena no vacía)</translation>
    </message>
    <message>
        <source>messages: field required (an array of messages)</source>
        <translation>messages: campo obligatorio (un array de mensajes)</translation>
    </message>
    <message>
        <source>messages: must be an array of messages</source>
        <translation>messages: debe ser un array de mensajes</translation>
    </message>
    <message>
        <source>messages: at least one message is required</source>
        <translation>messages: se requiere al menos un mensaje</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>El método %1 no está permitido en %2.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>No hay ninguna ruta para %1 %2.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>El cuerpo de la solicitud no es JSON válido: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>messages: an array is required.</source>
        <translation>messages: se requiere un array.</translation>
    </message>
    <message>
        <source>model: a model name (string) is required.</source>
        <translation>model: se requiere un nombre de modelo (cadena).</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Use Claude Code with your ChatGPT subscription</source>
        <translation>Usa Claude Code con tu suscripción de ChatGPT</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>No se pudo cambiar la entrada de inicio de Windows.</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>No se pudo crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>ChatRequestTranslator</name>
    <message>
        <source>The request has no &quot;model&quot;.</source>
        <translation>La solicitud no tiene &quot;model&quot;.</translation>
    </message>
    <message>
        <source>&quot;model&quot; must be a non-empty string.</source>
        <translation>&quot;model&quot; debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>Only &quot;n&quot;: 1 is supported: the ChatGPT backend returns one choice per request.</source>
        <translation>Solo se admite &quot;n&quot;: 1: el backend de ChatGPT devuelve una opción por solicitud.</translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be a boolean.</source>
        <translation>&quot;stream&quot; debe ser un booleano.</translation>
    </message>
    <message>
        <source>%1.name must be a non-empty string.</source>
        <translation>%1.name debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>&quot;tools&quot; must be an array.</source>
        <translation>&quot;tools&quot; debe ser un array.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; only &quot;function&quot; tools are.</source>
        <translation>%1.type &quot;%2&quot; no es compatible; solo se admiten herramientas &quot;function&quot;.</translation>
    </message>
    <message>
        <source>%1.function must be an object.</source>
        <translation>%1.function debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;functions&quot; must be an array.</source>
        <translation>&quot;functions&quot; debe ser un array.</translation>
    </message>
    <message>
        <source>&quot;web_search_options&quot; must be an object.</source>
        <translation>&quot;web_search_options&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1.description must be a string.</source>
        <translation>%1.description debe ser una cadena.</translation>
    </message>
    <message>
        <source>%1.parameters must be a JSON schema object.</source>
        <translation>%1.parameters debe ser un objeto de esquema JSON.</translation>
    </message>
    <message>
        <source>%1 must be &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; or a function.</source>
        <translation>%1 debe ser &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; o una función.</translation>
    </message>
    <message>
        <source>%1.allowed_tools.mode must be &quot;auto&quot; or &quot;required&quot;.</source>
        <translation>%1.allowed_tools.mode debe ser &quot;auto&quot; o &quot;required&quot;.</translation>
    </message>
    <message>
        <source>%1 must name a function: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation>%1 debe indicar una función: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</translation>
    </message>
    <message>
        <source>%1 must be a string or an object.</source>
        <translation>%1 debe ser una cadena o un objeto.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>&quot;response_format.json_schema&quot; needs a &quot;name&quot; and a &quot;schema&quot; object.</source>
        <translation>&quot;response_format.json_schema&quot; necesita un &quot;name&quot; y un objeto &quot;schema&quot;.</translation>
    </message>
    <message>
        <source>&quot;response_format.type&quot; must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;.</source>
        <translation>&quot;response_format.type&quot; debe ser &quot;text&quot;, &quot;json_object&quot; o &quot;json_schema&quot;.</translation>
    </message>
    <message>
        <source>&quot;response_format&quot; must be an object.</source>
        <translation>&quot;response_format&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;verbosity&quot; must be &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;.</source>
        <translation>&quot;verbosity&quot; debe ser &quot;low&quot;, &quot;medium&quot; o &quot;high&quot;.</translation>
    </message>
    <message>
        <source>The request has no &quot;messages&quot;.</source>
        <translation>La solicitud no tiene &quot;messages&quot;.</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array.</source>
        <translation>&quot;messages&quot; debe ser un array.</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must contain at least one message.</source>
        <translation>&quot;messages&quot; debe contener al menos un mensaje.</translation>
    </message>
    <message>
        <source>%1.role must be a string.</source>
        <translation>%1.role debe ser una cadena.</translation>
    </message>
    <message>
        <source>%1.role &quot;%2&quot; is not supported; use system, developer, user, assistant or tool.</source>
        <translation>%1.role &quot;%2&quot; no es compatible; usa system, developer, user, assistant o tool.</translation>
    </message>
    <message>
        <source>%1 must be a string or an array of content parts.</source>
        <translation>%1 debe ser una cadena o un array de partes de contenido.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not allowed here; only text parts are.</source>
        <translation>%1.type &quot;%2&quot; no está permitido aquí; solo se permiten partes de texto.</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 no tiene texto.</translation>
    </message>
    <message>
        <source>%1.text must be a string.</source>
        <translation>%1.text debe ser una cadena.</translation>
    </message>
    <message>
        <source>%1.image_url.url must be a data: URL or an http(s) URL.</source>
        <translation>%1.image_url.url debe ser una URL data: o una URL http(s).</translation>
    </message>
    <message>
        <source>%1.file.file_id is not supported (there is no file store); send the file as file_data.</source>
        <translation>%1.file.file_id no es compatible (no hay almacén de archivos); envía el archivo como file_data.</translation>
    </message>
    <message>
        <source>%1.file.file_data must be a non-empty string.</source>
        <translation>%1.file.file_data debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>%1: audio input is not supported by the ChatGPT backend.</source>
        <translation>%1: el backend de ChatGPT no admite entrada de audio.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; use text, image_url or file.</source>
        <translation>%1.type &quot;%2&quot; no es compatible; usa text, image_url o file.</translation>
    </message>
    <message>
        <source>%1 must be a string of JSON.</source>
        <translation>%1 debe ser una cadena JSON.</translation>
    </message>
    <message>
        <source>%1.tool_calls must be an array.</source>
        <translation>%1.tool_calls debe ser un array.</translation>
    </message>
    <message>
        <source>%1.id must be a non-empty string.</source>
        <translation>%1.id debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>%1.function.name must be a non-empty string.</source>
        <translation>%1.function.name debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>%1.function_call.name must be a non-empty string.</source>
        <translation>%1.function_call.name debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>%1.function_call must be an object.</source>
        <translation>%1.function_call debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1.tool_call_id must be a non-empty string.</source>
        <translation>%1.tool_call_id debe ser una cadena no vacía.</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported in a tool message; use text.</source>
        <translation>%1.type &quot;%2&quot; no es compatible en un mensaje de herramienta; usa text.</translation>
    </message>
</context>
<context>
    <name>ChatStreamTranslator</name>
    <message>
        <source>The ChatGPT backend closed the stream before the response was complete.</source>
        <translation>El backend de ChatGPT cerró el flujo antes de completar la respuesta.</translation>
    </message>
    <message>
        <source>The ChatGPT backend reported a failure without details.</source>
        <translation>El backend de ChatGPT informó de un error sin detalles.</translation>
    </message>
</context>
<context>
    <name>ClaudeCommand</name>
    <message>
        <source>Point Claude Code (its settings.json) at this proxy, or back.</source>
        <translation>Apuntar Claude Code (su settings.json) a este proxy, o revertirlo.</translation>
    </message>
    <message>
        <source>on | off | status</source>
        <translation>on | off | status</translation>
    </message>
    <message>
        <source>The proxy&apos;s address (default: settings.json).</source>
        <translation>La dirección del proxy (predeterminada: settings.json).</translation>
    </message>
    <message>
        <source>The proxy&apos;s port (default: settings.json).</source>
        <translation>El puerto del proxy (predeterminado: settings.json).</translation>
    </message>
    <message>
        <source>The proxy&apos;s client key (default: settings.json or CODEX_BRIDGE_CLIENT_KEY).</source>
        <translation>La clave de cliente del proxy (predeterminada: settings.json o CODEX_BRIDGE_CLIENT_KEY).</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Puerto no válido: %1</translation>
    </message>
    <message>
        <source>The proxy&apos;s port is 0 (chosen when it starts); pass the port it listens on with --port.</source>
        <translation>El puerto del proxy es 0 (se elige al iniciarse); indica con --port el puerto en el que escucha.</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge at %1 (%2).</source>
        <translation>Claude Code usa ahora Codex Bridge en %1 (%2).</translation>
    </message>
    <message>
        <source>Claude Code no longer uses Codex Bridge; the previous settings are back (%1).</source>
        <translation>Claude Code ya no usa Codex Bridge; se ha restaurado la configuración anterior (%1).</translation>
    </message>
    <message>
        <source>on: Claude Code uses this proxy (%1)</source>
        <translation>on: Claude Code usa este proxy (%1)</translation>
    </message>
    <message>
        <source>outdated: Claude Code points at this proxy (%1) but with other values; run `codex-bridge claude on` to update them</source>
        <translation>outdated: Claude Code apunta a este proxy (%1) pero con otros valores; ejecuta `codex-bridge claude on` para actualizarlos</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>off: Claude Code does not use this proxy (%1)</source>
        <translation>off: Claude Code no usa este proxy (%1)</translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation> (no existe)</translation>
    </message>
    <message>
        <source>settings file: %1%2</source>
        <translation>archivo de configuración: %1%2</translation>
    </message>
    <message>
        <source>saved values to restore with `codex-bridge claude off`: yes</source>
        <translation>valores guardados para restaurar con `codex-bridge claude off`: sí</translation>
    </message>
    <message>
        <source>Claude Code does not use Codex Bridge (%1); nothing to change.</source>
        <translation>Claude Code no usa Codex Bridge (%1); no hay nada que cambiar.</translation>
    </message>
</context>
<context>
    <name>ClaudeConfigApi</name>
    <message>
        <source>The Claude Code configuration is not available.</source>
        <translation>La configuración de Claude Code no está disponible.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>No hay ninguna ruta para %1 %2.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>El método %1 no está permitido en %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object (%1).</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>apiKey was not written: Codex Bridge keeps API keys out of files. Set ANTHROPIC_API_KEY in your environment to use the Anthropic API directly.</source>
        <translation>No se escribió apiKey: Codex Bridge no guarda claves de API en archivos. Define ANTHROPIC_API_KEY en tu entorno para usar la API de Anthropic directamente.</translation>
    </message>
    <message>
        <source>Claude CLI configured to use proxy at %1</source>
        <translation>Claude CLI configurado para usar el proxy en %1</translation>
    </message>
    <message>
        <source>Claude CLI configured for direct API; previous settings restored</source>
        <translation>Claude CLI configurado para la API directa; configuración anterior restaurada</translation>
    </message>
</context>
<context>
    <name>ClaudeSettingsEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). It was left untouched; fix it and try again.</source>
        <translation>%1 no es JSON válido (%2). No se ha modificado; corrígelo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>In %1, “env” is not an object. The file was left untouched; fix it and try again.</source>
        <translation>En %1, “env” no es un objeto. El archivo no se ha modificado; corrígelo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); move it away to start over.</source>
        <translation>%1 no es JSON válido (%2); muévelo a otro lugar para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Codex Bridge was editing it. Nothing was written; try again.</source>
        <translation>Otro programa modificó %1 mientras Codex Bridge lo editaba. No se ha escrito nada; vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2; %3 was left untouched.</source>
        <translation>No se puede escribir la copia de seguridad %1: %2; %3 no se ha modificado.</translation>
    </message>
    <message>
        <source>%1 was changed by hand after Codex Bridge set it; it was left as it is.</source>
        <translation>%1 se modificó a mano después de que Codex Bridge lo estableciera; se ha dejado como está.</translation>
    </message>
    <message>
        <source>Cannot restore %1 in %2: %3</source>
        <translation>No se puede restaurar %1 en %2: %3</translation>
    </message>
    <message>
        <source>Cannot set %1 in %2: %3</source>
        <translation>No se puede establecer %1 en %2: %3</translation>
    </message>
    <message>
        <source>No saved values were found; the Codex Bridge entries were removed from %1.</source>
        <translation>No se encontraron valores guardados; se han eliminado las entradas de Codex Bridge de %1.</translation>
    </message>
</context>
<context>
    <name>CodexAuthImporter</name>
    <message>
        <source>No Codex CLI login found at %1. Sign in with &quot;codex login&quot; first, or sign in here.</source>
        <translation>No se encontró ningún inicio de sesión de la CLI de Codex en %1. Inicia sesión primero con &quot;codex login&quot; o inicia sesión aquí.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Codex CLI login file is not valid JSON.</source>
        <translation>El archivo de inicio de sesión de la CLI de Codex no es JSON válido.</translation>
    </message>
    <message>
        <source>The Codex CLI is logged in with an API key. Codex Bridge needs a ChatGPT sign-in (&quot;codex login&quot; with your ChatGPT account).</source>
        <translation>La CLI de Codex ha iniciado sesión con una clave de API. Codex Bridge necesita un inicio de sesión de ChatGPT (&quot;codex login&quot; con tu cuenta de ChatGPT).</translation>
    </message>
    <message>
        <source>The Codex CLI login file contains no sign-in tokens.</source>
        <translation>El archivo de inicio de sesión de la CLI de Codex no contiene tokens de inicio de sesión.</translation>
    </message>
    <message>
        <source>The Codex CLI login is incomplete (no access or refresh token); run &quot;codex login&quot; again.</source>
        <translation>El inicio de sesión de la CLI de Codex está incompleto (no hay token de acceso ni de actualización); vuelve a ejecutar &quot;codex login&quot;.</translation>
    </message>
    <message>
        <source>The Codex CLI login does not say which account it is (no email or account id in its tokens); run &quot;codex login&quot; again.</source>
        <translation>El inicio de sesión de la CLI de Codex no indica de qué cuenta se trata (no hay correo electrónico ni id de cuenta en sus tokens); vuelve a ejecutar &quot;codex login&quot;.</translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>No ChatGPT account is set up in Codex Bridge. Add one with `codex-bridge accounts import` (copies your Codex CLI login) or `codex-bridge accounts add`.</source>
        <translation>No hay ninguna cuenta de ChatGPT configurada en Codex Bridge. Añade una con `codex-bridge accounts import` (copia tu inicio de sesión de la CLI de Codex) o `codex-bridge accounts add`.</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 needs to sign in again: run `codex-bridge accounts add`.</source>
        <translation>La cuenta de ChatGPT %1 necesita volver a iniciar sesión: ejecuta `codex-bridge accounts add`.</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 is disabled; switch to another account.</source>
        <translation>La cuenta de ChatGPT %1 está desactivada; cambia a otra cuenta.</translation>
    </message>
    <message>
        <source>The tokens of ChatGPT account %1 cannot be read: %2</source>
        <translation>No se pueden leer los tokens de la cuenta de ChatGPT %1: %2</translation>
    </message>
    <message>
        <source>The token refresh failed.</source>
        <translation>La renovación del token ha fallado.</translation>
    </message>
</context>
<context>
    <name>DashboardAssets</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>El método %1 no está permitido en %2.</translation>
    </message>
    <message>
        <source>The dashboard is missing from this build.</source>
        <translation>El panel no está incluido en esta compilación.</translation>
    </message>
</context>
<context>
    <name>DashboardRoutes</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>El método %1 no está permitido en %2.</translation>
    </message>
    <message>
        <source>Too many open request-log streams.</source>
        <translation>Demasiados flujos del registro de solicitudes abiertos.</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Codex Bridge — Dashboard</source>
        <translation>Codex Bridge — Panel</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>No se puede leer el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged and was left untouched; fix or remove it.</source>
        <translation>El archivo de secretos %1 está dañado y no se ha modificado; corrígelo o elimínalo.</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer version of Codex Bridge.</source>
        <translation>El archivo de secretos %1 fue escrito por una versión más reciente de Codex Bridge.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>No se puede escribir el archivo de secretos %1: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of the secrets file %1.</source>
        <translation>No se pueden restringir los permisos del archivo de secretos %1.</translation>
    </message>
    <message>
        <source>The secret of %1 in %2 is damaged.</source>
        <translation>El secreto de %1 en %2 está dañado.</translation>
    </message>
</context>
<context>
    <name>FunctionCallPairing</name>
    <message>
        <source>Result of tool call %1:</source>
        <translation>Resultado de la llamada a herramienta %1:</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>Timed out waiting for the request header</source>
        <translation>Se agotó el tiempo de espera del encabezado de la solicitud</translation>
    </message>
    <message>
        <source>Timed out waiting for the request body</source>
        <translation>Se agotó el tiempo de espera del cuerpo de la solicitud</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>Request header section too large</source>
        <translation>Sección de encabezados de la solicitud demasiado grande</translation>
    </message>
    <message>
        <source>Malformed request line</source>
        <translation>Línea de solicitud mal formada</translation>
    </message>
    <message>
        <source>Invalid request method</source>
        <translation>Método de solicitud no válido</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>Versión de HTTP no compatible</translation>
    </message>
    <message>
        <source>Invalid character in request target</source>
        <translation>Carácter no válido en el destino de la solicitud</translation>
    </message>
    <message>
        <source>Invalid request target</source>
        <translation>Destino de la solicitud no válido</translation>
    </message>
    <message>
        <source>Invalid percent-encoding in request path</source>
        <translation>Codificación porcentual no válida en la ruta de la solicitud</translation>
    </message>
    <message>
        <source>Request trailer section too large</source>
        <translation>Sección de trailers de la solicitud demasiado grande</translation>
    </message>
    <message>
        <source>Folded header lines are not supported</source>
        <translation>No se admiten líneas de encabezado plegadas</translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation>Línea de encabezado mal formada</translation>
    </message>
    <message>
        <source>Invalid header name</source>
        <translation>Nombre de encabezado no válido</translation>
    </message>
    <message>
        <source>Invalid character in header value</source>
        <translation>Carácter no válido en el valor del encabezado</translation>
    </message>
    <message>
        <source>Missing Host header</source>
        <translation>Falta el encabezado Host</translation>
    </message>
    <message>
        <source>Multiple Host headers</source>
        <translation>Varios encabezados Host</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>Content-Length no válido</translation>
    </message>
    <message>
        <source>Conflicting Content-Length values</source>
        <translation>Valores de Content-Length contradictorios</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding are present</source>
        <translation>Están presentes tanto Content-Length como Transfer-Encoding</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not allowed in HTTP/1.0 requests</source>
        <translation>Transfer-Encoding no está permitido en solicitudes HTTP/1.0</translation>
    </message>
    <message>
        <source>Invalid Transfer-Encoding</source>
        <translation>Transfer-Encoding no válido</translation>
    </message>
    <message>
        <source>Unsupported Transfer-Encoding</source>
        <translation>Transfer-Encoding no compatible</translation>
    </message>
    <message>
        <source>Unsupported Expect value</source>
        <translation>Valor de Expect no compatible</translation>
    </message>
    <message>
        <source>Request body too large</source>
        <translation>Cuerpo de la solicitud demasiado grande</translation>
    </message>
    <message>
        <source>Chunk size line too long</source>
        <translation>Línea de tamaño de fragmento demasiado larga</translation>
    </message>
    <message>
        <source>Invalid chunk size</source>
        <translation>Tamaño de fragmento no válido</translation>
    </message>
    <message>
        <source>Invalid chunk extension</source>
        <translation>Extensión de fragmento no válida</translation>
    </message>
    <message>
        <source>Missing line break after chunk data</source>
        <translation>Falta el salto de línea tras los datos del fragmento</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>Demasiadas conexiones</translation>
    </message>
    <message>
        <source>Cannot accept connections (%1); retrying</source>
        <translation>No se pueden aceptar conexiones (%1); reintentando</translation>
    </message>
</context>
<context>
    <name>JsonTextEditor</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%1 en la línea %2, columna %3</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>el nivel superior no es un objeto JSON</translation>
    </message>
    <message>
        <source>The edit was refused because it would make the document invalid (%1).</source>
        <translation>Se rechazó la modificación porque invalidaría el documento (%1).</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>“%1” no es un objeto</translation>
    </message>
    <message>
        <source>No value to set.</source>
        <translation>No hay ningún valor que establecer.</translation>
    </message>
    <message>
        <source>An empty path names no member.</source>
        <translation>Una ruta vacía no designa ningún miembro.</translation>
    </message>
    <message>
        <source>The new value is not one JSON value.</source>
        <translation>El nuevo valor no es un único valor JSON.</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>On a machine without a keychain, set CODEX_BRIDGE_SECRET_STORE=file to keep the tokens in a file only you can read.</source>
        <translation>En un equipo sin llavero, establece CODEX_BRIDGE_SECRET_STORE=file para guardar los tokens en un archivo que solo tú puedes leer.</translation>
    </message>
    <message>
        <source>access was denied when the keychain asked</source>
        <translation>se denegó el acceso cuando el llavero lo solicitó</translation>
    </message>
    <message>
        <source>the keychain is locked or denied access (%1)</source>
        <translation>el llavero está bloqueado o denegó el acceso (%1)</translation>
    </message>
    <message>
        <source>no keychain (Secret Service) is available (%1)</source>
        <translation>no hay ningún llavero (Secret Service) disponible (%1)</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) could not be used (%1)</source>
        <translation>no se pudo usar el llavero (Secret Service) (%1)</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 seconds (it may be locked and waiting for a password, or the Secret Service is not responding). %3</source>
        <translation>%1: el llavero no respondió en %2 segundos (puede estar bloqueado esperando una contraseña, o el Secret Service no responde). %3</translation>
    </message>
    <message>
        <source>%1: the keychain is locked; unlock it (for example by logging in to the desktop session) and try again. %2</source>
        <translation>%1: el llavero está bloqueado; desbloquéalo (por ejemplo, iniciando sesión en el escritorio) y vuelve a intentarlo. %2</translation>
    </message>
    <message>
        <source>Could not read the tokens of %1 from the OS keychain</source>
        <translation>No se pudieron leer los tokens de %1 del llavero del sistema</translation>
    </message>
    <message>
        <source>Could not store the tokens of %1 in the OS keychain</source>
        <translation>No se pudieron guardar los tokens de %1 en el llavero del sistema</translation>
    </message>
    <message>
        <source>Could not delete the tokens of %1 from the OS keychain</source>
        <translation>No se pudieron eliminar los tokens de %1 del llavero del sistema</translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message>
        <source>Cannot write the management key %1: %2</source>
        <translation>No se puede escribir la clave de administración %1: %2</translation>
    </message>
    <message>
        <source>The management key is wrong.</source>
        <translation>La clave de administración es incorrecta.</translation>
    </message>
    <message>
        <source>Account management needs the management key (header X-Codex-Bridge-Key, from %1 in the config dir) or a request from the Codex Bridge dashboard.</source>
        <translation>La gestión de cuentas necesita la clave de administración (encabezado X-Codex-Bridge-Key, de %1 en la carpeta de configuración) o una solicitud desde el panel de Codex Bridge.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>El método %1 no está permitido en %2.</translation>
    </message>
    <message>
        <source>Sign-in callbacks are not taken on this port.</source>
        <translation>Este puerto no acepta retornos de inicio de sesión.</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>No hay ninguna ruta para %1 %2.</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1</source>
        <translation>No se puede iniciar el inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Send {&quot;email&quot;: &quot;...&quot;} to choose the account.</source>
        <translation>Envía {&quot;email&quot;: &quot;...&quot;} para elegir la cuenta.</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>No existe la cuenta %1.</translation>
    </message>
    <message>
        <source>Switched to account: %1</source>
        <translation>Se cambió a la cuenta: %1</translation>
    </message>
    <message>
        <source>Removed account: %1</source>
        <translation>Cuenta eliminada: %1</translation>
    </message>
    <message>
        <source>There is no active account.</source>
        <translation>No hay ninguna cuenta activa.</translation>
    </message>
    <message>
        <source>Quota tracking is not running.</source>
        <translation>El seguimiento de la cuota no está en ejecución.</translation>
    </message>
    <message>
        <source>Usage statistics are not running.</source>
        <translation>Las estadísticas de uso no están en ejecución.</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model catalogue is not a JSON object.</source>
        <translation>El catálogo de modelos no es un objeto JSON.</translation>
    </message>
    <message>
        <source>The model catalogue has no &quot;models&quot; list.</source>
        <translation>El catálogo de modelos no tiene una lista &quot;models&quot;.</translation>
    </message>
    <message>
        <source>The model catalogue lists no model.</source>
        <translation>El catálogo de modelos no incluye ningún modelo.</translation>
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
        <translation>El modelo para &quot;%1&quot; debe ser un nombre de modelo; se ha ignorado la entrada.</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be an object; it was ignored.</source>
        <translation>&quot;families&quot; debe ser un objeto; se ha ignorado.</translation>
    </message>
    <message>
        <source>Unknown model family &quot;%1&quot; (use opus, sonnet or haiku); it was ignored.</source>
        <translation>Familia de modelos desconocida &quot;%1&quot; (usa opus, sonnet o haiku); se ha ignorado.</translation>
    </message>
    <message>
        <source>&quot;aliases&quot; must be an object; it was ignored.</source>
        <translation>&quot;aliases&quot; debe ser un objeto; se ha ignorado.</translation>
    </message>
    <message>
        <source>An alias with an empty name was ignored.</source>
        <translation>Se ha ignorado un alias con el nombre vacío.</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackResult</name>
    <message>
        <source>The sign-in reply does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>La respuesta de inicio de sesión no corresponde a este inicio de sesión (state no coincide). Vuelve a iniciar el proceso.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied in the browser.</source>
        <translation>El inicio de sesión se canceló o se denegó el acceso en el navegador.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1.</source>
        <translation>El inicio de sesión ha fallado: %1.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1 (%2).</source>
        <translation>El inicio de sesión ha fallado: %1 (%2).</translation>
    </message>
    <message>
        <source>That is neither the address the browser was sent to after signing in nor an authorization code.</source>
        <translation>Eso no es ni la dirección a la que se envió el navegador tras iniciar sesión ni un código de autorización.</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackServer</name>
    <message>
        <source>Cannot receive the sign-in: the callback port(s) %1 on localhost are in use by another program (is another sign-in or the Codex CLI login running?). Close it and try again.</source>
        <translation>No se puede recibir el inicio de sesión: otro programa está usando los puertos de retorno %1 en localhost (¿se está ejecutando otro inicio de sesión o el inicio de sesión de la CLI de Codex?). Ciérralo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Se ha cancelado el inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in to Codex Bridge</source>
        <translation>Sesión iniciada en Codex Bridge</translation>
    </message>
    <message>
        <source>Codex Bridge sign-in failed</source>
        <translation>Error al iniciar sesión en Codex Bridge</translation>
    </message>
    <message>
        <source>You can close this tab and return to Codex Bridge.</source>
        <translation>Puedes cerrar esta pestaña y volver a Codex Bridge.</translation>
    </message>
    <message>
        <source>This sign-in has already been handled. Start a new one if needed.</source>
        <translation>Este inicio de sesión ya se ha procesado. Inicia uno nuevo si es necesario.</translation>
    </message>
</context>
<context>
    <name>OAuthLoginFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: no answer came back from the browser within %n minute(s).</source>
        <translation>
            <numerusform>Se agotó el tiempo del inicio de sesión: no llegó ninguna respuesta del navegador en %n minuto.</numerusform>
            <numerusform>Se agotó el tiempo del inicio de sesión: no llegó ninguna respuesta del navegador en %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>Error al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Signing in failed: the sign-in server did not say which ChatGPT account this is.</source>
        <translation>Error al iniciar sesión: el servidor de inicio de sesión no indicó de qué cuenta de ChatGPT se trata.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>Could not reach the sign-in server: %1</source>
        <translation>No se pudo contactar con el servidor de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>The ChatGPT login has expired or was used elsewhere (%1). Sign in again.</source>
        <translation>El inicio de sesión de ChatGPT ha caducado o se usó en otro lugar (%1). Vuelve a iniciar sesión.</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable (HTTP %1). Try again later.</source>
        <translation>El servidor de inicio de sesión no está disponible (HTTP %1). Vuelve a intentarlo más tarde.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>El servidor de inicio de sesión rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1, %2).</source>
        <translation>El servidor de inicio de sesión rechazó la solicitud (HTTP %1, %2).</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer without an access token.</source>
        <translation>El servidor de inicio de sesión envió una respuesta sin token de acceso.</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider needs a name or an id made of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Un proveedor necesita un nombre o un id formado por letras, dígitos, &apos;-&apos; y &apos;_&apos;.</translation>
    </message>
    <message>
        <source>The base URL of provider %1 must be an http(s) URL such as http://127.0.0.1:11434/v1.</source>
        <translation>La URL base del proveedor %1 debe ser una URL http(s) como http://127.0.0.1:11434/v1.</translation>
    </message>
    <message>
        <source>Provider %1 has an invalid extra header.</source>
        <translation>El proveedor %1 tiene un encabezado adicional no válido.</translation>
    </message>
    <message>
        <source>Provider %1: the header %2 is set by the proxy (put an API key in the API key field).</source>
        <translation>Proveedor %1: el encabezado %2 lo establece el proxy (pon la clave de API en el campo de clave de API).</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>the model list is not in the OpenAI format</source>
        <translation>la lista de modelos no está en el formato de OpenAI</translation>
    </message>
</context>
<context>
    <name>ProviderExchange</name>
    <message>
        <source>the provider sent an empty reply</source>
        <translation>el proveedor envió una respuesta vacía</translation>
    </message>
</context>
<context>
    <name>ProviderRouting</name>
    <message>
        <source>Every routing rule needs a model name or family to match.</source>
        <translation>Cada regla de enrutamiento necesita un nombre o una familia de modelos con la que coincidir.</translation>
    </message>
    <message>
        <source>The routing rule for %1 names an unknown provider &quot;%2&quot;.</source>
        <translation>La regla de enrutamiento para %1 indica un proveedor desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The fallback names an unknown provider &quot;%1&quot;.</source>
        <translation>La alternativa indica un proveedor desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The fallback needs a model.</source>
        <translation>La alternativa necesita un modelo.</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsApi</name>
    <message>
        <source>Settings are not available.</source>
        <translation>La configuración no está disponible.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>El método %1 no está permitido en %2.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>haikuKiloModel: a model name (string) is required.</source>
        <translation>haikuKiloModel: se requiere un nombre de modelo (cadena).</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>No existe el proveedor &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>action: one of add, update, remove, test, routes is required.</source>
        <translation>action: se requiere uno de estos valores: add, update, remove, test, routes.</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; update it instead.</source>
        <translation>Ya existe un proveedor &quot;%1&quot;; actualízalo en su lugar.</translation>
    </message>
</context>
<context>
    <name>ProviderStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); no provider is used and the file is left untouched.</source>
        <translation>%1 no es JSON válido (%2); no se usa ningún proveedor y el archivo no se modifica.</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>id duplicado</translation>
    </message>
    <message>
        <source>Not saving providers: %1 could not be read; fix or remove it first.</source>
        <translation>No se guardan los proveedores: no se pudo leer %1; corrígelo o elimínalo primero.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No secret store is available for the API key.</source>
        <translation>No hay ningún almacén de secretos disponible para la clave de API.</translation>
    </message>
    <message>
        <source>Cannot store the API key of %1: %2</source>
        <translation>No se puede guardar la clave de API de %1: %2</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>No existe el proveedor %1.</translation>
    </message>
</context>
<context>
    <name>ProvidersClient</name>
    <message>
        <source>Codex Bridge is not running; providers can be managed once it has started.</source>
        <translation>Codex Bridge no se está ejecutando; podrás gestionar los proveedores cuando se haya iniciado.</translation>
    </message>
    <message numerus="yes">
        <source>Codex Bridge did not answer within %n second(s).</source>
        <translation>
            <numerusform>Codex Bridge no respondió en %n segundo.</numerusform>
            <numerusform>Codex Bridge no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codex Bridge does not answer at %1 (%2). Is it running?</source>
        <translation>Codex Bridge no responde en %1 (%2). ¿Se está ejecutando?</translation>
    </message>
    <message>
        <source>Codex Bridge answered with HTTP status %1.</source>
        <translation>Codex Bridge respondió con el estado HTTP %1.</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>OpenAI-compatible servers beside your ChatGPT subscription: a local Ollama, LM Studio or llama.cpp server, or a gateway such as OpenRouter. Changes here apply at once.</source>
        <translation>Servidores compatibles con OpenAI además de tu suscripción de ChatGPT: un servidor local de Ollama, LM Studio o llama.cpp, o una pasarela como OpenRouter. Los cambios aquí se aplican al instante.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>e.g. Local Ollama</source>
        <translation>p. ej., Ollama local</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <source>As for the OpenAI SDK, e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</source>
        <translation>Como en el SDK de OpenAI, p. ej., http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clave de API:</translation>
    </message>
    <message>
        <source>empty for local servers; kept in the system keychain</source>
        <translation>vacía para servidores locales; se guarda en el llavero del sistema</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>optional, comma-separated; the connection test fetches them</source>
        <translation>opcional, separados por comas; la prueba de conexión los obtiene</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>Añadir proveedor</translation>
    </message>
    <message>
        <source>Claude Haiku requests</source>
        <translation>Solicitudes de Claude Haiku</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Enviar a:</translation>
    </message>
    <message>
        <source>ChatGPT subscription</source>
        <translation>Suscripción de ChatGPT</translation>
    </message>
    <message>
        <source>Claude Code sends light background work (titles, summaries) to its Haiku model; a provider model can take it and spare your ChatGPT quota.</source>
        <translation>Claude Code envía el trabajo ligero en segundo plano (títulos, resúmenes) a su modelo Haiku; un modelo de un proveedor puede encargarse de él y ahorrar tu cuota de ChatGPT.</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>en el llavero</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>No se añadió %1: %2</translation>
    </message>
    <message>
        <source>%1 was added. Testing the connection…</source>
        <translation>Se añadió %1. Probando la conexión…</translation>
    </message>
    <message>
        <source>Could not test %1: %2</source>
        <translation>No se pudo probar %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 answers: %n model(s).</source>
        <translation>
            <numerusform>%1 responde: %n modelo.</numerusform>
            <numerusform>%1 responde: %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 no respondió: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2: %3</source>
        <translation>%1 respondió con el estado HTTP %2: %3</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>Eliminar proveedor</translation>
    </message>
    <message>
        <source>Remove %1? Its API key is deleted from the keychain, and the requests routed to it go to your ChatGPT subscription again.</source>
        <translation>¿Eliminar %1? Su clave de API se borrará del llavero y las solicitudes dirigidas a él volverán a tu suscripción de ChatGPT.</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>No se eliminó %1: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>Claude Haiku requests were not rerouted: %1</source>
        <translation>Las solicitudes de Claude Haiku no se redirigieron: %1</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to %1.</source>
        <translation>Las solicitudes de Claude Haiku van ahora a %1.</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to your ChatGPT subscription.</source>
        <translation>Las solicitudes de Claude Haiku van ahora a tu suscripción de ChatGPT.</translation>
    </message>
</context>
<context>
    <name>ProxyExchange</name>
    <message>
        <source>the upstream stream ended without a terminal event</source>
        <translation>el flujo de origen terminó sin un evento final</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using defaults and leaving the file untouched.</source>
        <translation>%1 no es JSON válido (%2); se usan los valores predeterminados y el archivo no se modifica.</translation>
    </message>
    <message>
        <source>Ignoring invalid port in %1</source>
        <translation>Se ignora el puerto no válido de %1</translation>
    </message>
    <message>
        <source>Ignoring invalid rotation in %1 (expected off, sticky or round-robin)</source>
        <translation>Se ignora la rotación no válida de %1 (se esperaba off, sticky o round-robin)</translation>
    </message>
    <message>
        <source>Not saving settings: the existing file could not be read.</source>
        <translation>No se guarda la configuración: no se pudo leer el archivo existente.</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>No se puede crear %1</translation>
    </message>
</context>
<context>
    <name>ProxyWorker</name>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 no es una dirección IP en la que se pueda escuchar.</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>No se puede escuchar en %1, puerto %2: %3</translation>
    </message>
    <message>
        <source>Codex Bridge is quitting; the request was cut.</source>
        <translation>Codex Bridge se está cerrando; se ha interrumpido la solicitud.</translation>
    </message>
    <message>
        <source>The proxy is not running.</source>
        <translation>El proxy no está en ejecución.</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key.</source>
        <translation>No se escuchará en %1 sin una clave de cliente.</translation>
    </message>
</context>
<context>
    <name>QuotaAlerts</name>
    <message>
        <source>Sign-in needed</source>
        <translation>Es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>ChatGPT no longer accepts the sign-in of %1. Choose &quot;Add ChatGPT account…&quot; to sign in again.</source>
        <translation>ChatGPT ya no acepta el inicio de sesión de %1. Elige «Añadir cuenta de ChatGPT…» para volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>ChatGPT limit reached</source>
        <translation>Límite de ChatGPT alcanzado</translation>
    </message>
    <message>
        <source>%1 has used up its quota.</source>
        <translation>%1 ha agotado su cuota.</translation>
    </message>
    <message>
        <source>%1 has used up its quota; it %2.</source>
        <translation>%1 ha agotado su cuota; %2.</translation>
    </message>
    <message>
        <source>ChatGPT quota low</source>
        <translation>Cuota de ChatGPT baja</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>%1 is ready to use.</source>
        <translation>%1 está listo para usarse.</translation>
    </message>
</context>
<context>
    <name>QuotaBarsWidget</name>
    <message>
        <source>Quota of the active account</source>
        <translation>Cuota de la cuenta activa</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>se restablece en %1 h %2 min</translation>
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
        <translation>se restablece ahora</translation>
    </message>
    <message>
        <source>resets in %1 d %2 h</source>
        <translation>se restablece en %1 d %2 h</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>se restablece en %1 h %2 min</translation>
    </message>
    <message>
        <source>resets in %1 m</source>
        <translation>se restablece en %1 min</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Semanal</translation>
    </message>
    <message numerus="yes">
        <source>%n-day</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>5-hour</source>
        <translation>5 horas</translation>
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
        <translation>cuota desconocida</translation>
    </message>
    <message>
        <source>5 h %1 · week %2</source>
        <extracomment>Short quota summary: 5-hour window share, then weekly share, e.g. &quot;5 h 42 % · week 13 %&quot;</extracomment>
        <translation>5 h %1 · semana %2</translation>
    </message>
</context>
<context>
    <name>QuotaSnapshot</name>
    <message>
        <source>The usage reply is not a JSON object.</source>
        <translation>La respuesta de uso no es un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Requests from web pages are not allowed (Origin %1).</source>
        <translation>No se permiten solicitudes desde páginas web (Origin %1).</translation>
    </message>
    <message>
        <source>Cross-site requests are not allowed.</source>
        <translation>No se permiten solicitudes entre sitios.</translation>
    </message>
    <message>
        <source>The Host header is missing.</source>
        <translation>Falta el encabezado Host.</translation>
    </message>
    <message>
        <source>Host %1 is not this proxy; use http://127.0.0.1 or http://localhost.</source>
        <translation>El host %1 no es este proxy; usa http://127.0.0.1 o http://localhost.</translation>
    </message>
    <message>
        <source>This proxy requires its client key (x-api-key or Authorization: Bearer).</source>
        <translation>Este proxy requiere su clave de cliente (x-api-key o Authorization: Bearer).</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Unknown secret store &quot;%1&quot; in CODEX_BRIDGE_SECRET_STORE (supported: keychain, the default, and file).</source>
        <translation>Almacén de secretos desconocido &quot;%1&quot; en CODEX_BRIDGE_SECRET_STORE (admitidos: keychain, el predeterminado, y file).</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>Dirección en la que escuchar (predeterminada: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Port to listen on (default 8081; 0 picks a free one).</source>
        <translation>Puerto en el que escuchar (predeterminado: 8081; 0 elige uno libre).</translation>
    </message>
    <message>
        <source>Key clients must send (x-api-key or Authorization: Bearer). Required when listening on a non-loopback address. Also CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>Clave que deben enviar los clientes (x-api-key o Authorization: Bearer). Obligatoria al escuchar en una dirección que no sea de loopback. También CODEX_BRIDGE_CLIENT_KEY.</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>Puerto no válido: %1</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key: anyone who can reach this address could use your ChatGPT subscription. Set one with --client-key or CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>No se escuchará en %1 sin una clave de cliente: cualquiera que pueda acceder a esta dirección podría usar tu suscripción de ChatGPT. Establece una con --client-key o CODEX_BRIDGE_CLIENT_KEY.</translation>
    </message>
    <message>
        <source>Run the proxy without a user interface.</source>
        <translation>Ejecutar el proxy sin interfaz de usuario.</translation>
    </message>
    <message>
        <source>Run the proxy.</source>
        <translation>Ejecutar el proxy.</translation>
    </message>
</context>
<context>
    <name>SettingsApi</name>
    <message>
        <source>The bind address must be an IP address (127.0.0.1, ::1, 0.0.0.0…) or localhost.</source>
        <translation>La dirección de escucha debe ser una dirección IP (127.0.0.1, ::1, 0.0.0.0…) o localhost.</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>El puerto debe ser un número entero entre 1 y 65535.</translation>
    </message>
    <message>
        <source>The client key must be empty (none) or %1 to %2 printable characters without spaces.</source>
        <translation>La clave de cliente debe estar vacía (ninguna) o tener entre %1 y %2 caracteres imprimibles sin espacios.</translation>
    </message>
    <message>
        <source>The rotation must be off, sticky or round-robin.</source>
        <translation>La rotación debe ser off, sticky o round-robin.</translation>
    </message>
    <message>
        <source>The model mapping must be an object {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}.</source>
        <translation>La asignación de modelos debe ser un objeto {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}.</translation>
    </message>
    <message>
        <source>systemAsInstructions must be true or false.</source>
        <translation>systemAsInstructions debe ser true o false.</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Ajuste desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Listening on %1 needs a client key: anyone who can reach that address could use your ChatGPT subscription.</source>
        <translation>Escuchar en %1 requiere una clave de cliente: cualquiera que pueda acceder a esa dirección podría usar tu suscripción de ChatGPT.</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on /settings.</source>
        <translation>El método %1 no está permitido en /settings.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object of settings.</source>
        <translation>El cuerpo de la solicitud debe ser un objeto JSON de ajustes.</translation>
    </message>
    <message>
        <source>The settings are in effect until the proxy stops, but could not be saved: %1</source>
        <translation>La configuración se aplica hasta que se detenga el proxy, pero no se pudo guardar: %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Codex Bridge Settings</source>
        <translation>Configuración de Codex Bridge</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>Escuchar en:</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the proxy to this computer. Any other address needs a client key.</source>
        <translation>Con 127.0.0.1 el proxy queda limitado a este equipo. Cualquier otra dirección necesita una clave de cliente.</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Puerto:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clave de cliente:</translation>
    </message>
    <message>
        <source>none (only this computer can connect)</source>
        <translation>ninguna (solo este equipo puede conectarse)</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>Generar</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>Modelos:</translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation>Modelo solicitado</translation>
    </message>
    <message>
        <source>ChatGPT model</source>
        <translation>Modelo de ChatGPT</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>Añadir alias</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Account rotation:</source>
        <translation>Rotación de cuentas:</translation>
    </message>
    <message>
        <source>Off — use the active account</source>
        <translation>Desactivada — usar la cuenta activa</translation>
    </message>
    <message>
        <source>Sticky — keep a session on one account until it runs out</source>
        <translation>Fija — mantener una sesión en una cuenta hasta que se agote</translation>
    </message>
    <message>
        <source>Round robin — spread requests over all accounts</source>
        <translation>Rotativa — repartir las solicitudes entre todas las cuentas</translation>
    </message>
    <message>
        <source>Start Codex Bridge at login</source>
        <translation>Iniciar Codex Bridge al iniciar sesión</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Claude %1 (any version)</source>
        <translation>Claude %1 (cualquier versión)</translation>
    </message>
    <message>
        <source>Enter the address to listen on, e.g. 127.0.0.1.</source>
        <translation>Introduce la dirección en la que escuchar, p. ej., 127.0.0.1.</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers use your ChatGPT subscription: set a client key first.</source>
        <translation>Escuchar en %1 permite que otros equipos usen tu suscripción de ChatGPT: establece primero una clave de cliente.</translation>
    </message>
    <message>
        <source>Each alias needs both a requested model and a ChatGPT model.</source>
        <translation>Cada alias necesita un modelo solicitado y un modelo de ChatGPT.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
</context>
<context>
    <name>StreamingPost</name>
    <message>
        <source>the stream stalled for %1 s</source>
        <translation>el flujo se detuvo durante %1 s</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>sin respuesta en %1 s</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>The ChatGPT account %1 cannot be refreshed (%2); sign in again (`codex-bridge accounts add`).</source>
        <translation>No se puede renovar la cuenta de ChatGPT %1 (%2); vuelve a iniciar sesión (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>no hay token de actualización</translation>
    </message>
    <message>
        <source>no account store</source>
        <translation>no hay almacén de cuentas</translation>
    </message>
    <message>
        <source>The refreshed sign-in of ChatGPT account %1 could not be stored: %2</source>
        <translation>No se pudo guardar el inicio de sesión renovado de la cuenta de ChatGPT %1: %2</translation>
    </message>
    <message>
        <source>The sign-in of ChatGPT account %1 is no longer valid (%2): sign in again (`codex-bridge accounts add`).</source>
        <translation>El inicio de sesión de la cuenta de ChatGPT %1 ya no es válido (%2): vuelve a iniciar sesión (`codex-bridge accounts add`).</translation>
    </message>
    <message>
        <source>Could not refresh the sign-in of ChatGPT account %1 (%2); try again shortly.</source>
        <translation>No se pudo renovar el inicio de sesión de la cuenta de ChatGPT %1 (%2); vuelve a intentarlo en breve.</translation>
    </message>
    <message>
        <source>The sign-in server refused to refresh ChatGPT account %1 (%2).</source>
        <translation>El servidor de inicio de sesión se negó a renovar la cuenta de ChatGPT %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>tools: must be an array of tool definitions</source>
        <translation>tools: debe ser un array de definiciones de herramientas</translation>
    </message>
    <message>
        <source>%1: each tool must be an object</source>
        <translation>%1: cada herramienta debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.type: must be a string</source>
        <translation>%1.type: debe ser una cadena</translation>
    </message>
    <message>
        <source>%1.name: field required (a non-empty string)</source>
        <translation>%1.name: campo obligatorio (una cadena no vacía)</translation>
    </message>
    <message>
        <source>system.%1: must be a text block with a string &quot;text&quot;</source>
        <translation>system.%1: debe ser un bloque de texto con una cadena &quot;text&quot;</translation>
    </message>
    <message>
        <source>system: must be a string or an array of text blocks</source>
        <translation>system: debe ser una cadena o un array de bloques de texto</translation>
    </message>
    <message>
        <source>%1: each message must be an object</source>
        <translation>%1: cada mensaje debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.role: must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;</source>
        <translation>%1.role: debe ser &quot;user&quot;, &quot;assistant&quot; o &quot;system&quot;</translation>
    </message>
    <message>
        <source>%1.content.%2: each content block must be an object with a string &quot;type&quot;</source>
        <translation>%1.content.%2: cada bloque de contenido debe ser un objeto con una cadena &quot;type&quot;</translation>
    </message>
    <message>
        <source>%1.content: must be a string or an array of content blocks</source>
        <translation>%1.content: debe ser una cadena o un array de bloques de contenido</translation>
    </message>
    <message>
        <source>%1.text: must be a string</source>
        <translation>%1.text: debe ser una cadena</translation>
    </message>
    <message>
        <source>%1.source: field required (an object)</source>
        <translation>%1.source: campo obligatorio (un objeto)</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;image/png&quot;)</source>
        <translation>%1.source.media_type: campo obligatorio (p. ej., &quot;image/png&quot;)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 image data)</source>
        <translation>%1.source.data: campo obligatorio (datos de imagen en base64)</translation>
    </message>
    <message>
        <source>%1.source.url: field required (a non-empty string)</source>
        <translation>%1.source.url: campo obligatorio (una cadena no vacía)</translation>
    </message>
    <message>
        <source>%1.source.type: image source &quot;%2&quot; is not supported (use &quot;base64&quot; or &quot;url&quot;)</source>
        <translation>%1.source.type: la fuente de imagen &quot;%2&quot; no es compatible (usa &quot;base64&quot; o &quot;url&quot;)</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;application/pdf&quot;)</source>
        <translation>%1.source.media_type: campo obligatorio (p. ej., &quot;application/pdf&quot;)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 document data)</source>
        <translation>%1.source.data: campo obligatorio (datos del documento en base64)</translation>
    </message>
    <message>
        <source>%1.source.data: field required (the document text)</source>
        <translation>%1.source.data: campo obligatorio (el texto del documento)</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported (use &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; or &quot;content&quot;)</source>
        <translation>%1.source.type: la fuente de documento &quot;%2&quot; no es compatible (usa &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; o &quot;content&quot;)</translation>
    </message>
    <message>
        <source>%1.id: field required (a non-empty string)</source>
        <translation>%1.id: campo obligatorio (una cadena no vacía)</translation>
    </message>
    <message>
        <source>%1.input: must be an object</source>
        <translation>%1.input: debe ser un objeto</translation>
    </message>
    <message>
        <source>%1.tool_use_id: field required (a non-empty string)</source>
        <translation>%1.tool_use_id: campo obligatorio (una cadena no vacía)</translation>
    </message>
    <message>
        <source>%1: each content block must be an object</source>
        <translation>%1: cada bloque de contenido debe ser un objeto</translation>
    </message>
    <message>
        <source>tool_choice: must be an object such as {&quot;type&quot;:&quot;auto&quot;}</source>
        <translation>tool_choice: debe ser un objeto como {&quot;type&quot;:&quot;auto&quot;}</translation>
    </message>
    <message>
        <source>tool_choice.name: field required when tool_choice.type is &quot;tool&quot;</source>
        <translation>tool_choice.name: campo obligatorio cuando tool_choice.type es &quot;tool&quot;</translation>
    </message>
    <message>
        <source>tool_choice.name: no tool named &quot;%1&quot; in tools</source>
        <translation>tool_choice.name: no hay ninguna herramienta llamada &quot;%1&quot; en tools</translation>
    </message>
    <message>
        <source>tool_choice.type: must be &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; or &quot;none&quot;</source>
        <translation>tool_choice.type: debe ser &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; o &quot;none&quot;</translation>
    </message>
    <message>
        <source>thinking.budget_tokens: must be an integer</source>
        <translation>thinking.budget_tokens: debe ser un número entero</translation>
    </message>
    <message>
        <source>thinking: must be an object such as {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192}</source>
        <translation>thinking: debe ser un objeto como {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192}</translation>
    </message>
    <message>
        <source>output_config.format.schema: field required (a JSON schema object)</source>
        <translation>output_config.format.schema: campo obligatorio (un objeto de esquema JSON)</translation>
    </message>
    <message>
        <source>system.%1: only text blocks are supported in the system prompt</source>
        <translation>system.%1: en el prompt del sistema solo se admiten bloques de texto</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 image</source>
        <translation>%1.source: media_type y data son obligatorios para una imagen en base64</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 document</source>
        <translation>%1.source: media_type y data son obligatorios para un documento en base64</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported</source>
        <translation>%1.source.type: la fuente de documento &quot;%2&quot; no es compatible</translation>
    </message>
    <message>
        <source>%1.type: content block type &quot;%2&quot; is not supported here</source>
        <translation>%1.type: el tipo de bloque de contenido &quot;%2&quot; no es compatible aquí</translation>
    </message>
    <message>
        <source>%1: a tool_use block needs an id and a name</source>
        <translation>%1: un bloque tool_use necesita un id y un name</translation>
    </message>
    <message>
        <source>tools: must be an array</source>
        <translation>tools: debe ser un array</translation>
    </message>
    <message>
        <source>tools.%1.name: field required</source>
        <translation>tools.%1.name: campo obligatorio</translation>
    </message>
    <message>
        <source>tool_choice: expected {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (with a name)}</source>
        <translation>tool_choice: se esperaba {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (con un name)}</translation>
    </message>
    <message>
        <source>messages: field required (an array)</source>
        <translation>messages: campo obligatorio (un array)</translation>
    </message>
    <message>
        <source>max_tokens: must be a number</source>
        <translation>max_tokens: debe ser un número</translation>
    </message>
    <message>
        <source>stop_sequences: must be an array of strings</source>
        <translation>stop_sequences: debe ser un array de cadenas</translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>No desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>No se encontró ninguna sesión de escritorio (no están definidas ni DISPLAY ni WAYLAND_DISPLAY).</translation>
    </message>
</context>
<context>
    <name>TrayCommand</name>
    <message>
        <source>To run the proxy without a user interface, use: codex-bridge serve</source>
        <translation>Para ejecutar el proxy sin interfaz de usuario, usa: codex-bridge serve</translation>
    </message>
    <message>
        <source>Codex Bridge in the system tray.</source>
        <translation>Codex Bridge en la bandeja del sistema.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Codex Bridge could not start</source>
        <translation>No se pudo iniciar Codex Bridge</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>Could not switch the account</source>
        <translation>No se pudo cambiar de cuenta</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Add ChatGPT account…</source>
        <translation>Añadir cuenta de ChatGPT…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Cancelar inicio de sesión</translation>
    </message>
    <message>
        <source>Use with Claude Code</source>
        <translation>Usar con Claude Code</translation>
    </message>
    <message>
        <source>Copy shell setup</source>
        <translation>Copiar configuración de shell</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Abrir panel</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>About Codex Bridge</source>
        <translation>Acerca de Codex Bridge</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>desactivada</translation>
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
        <translation>No está en ejecución: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 · %n request(s) today</source>
        <translation>
            <numerusform>Escuchando en %1 · %n solicitud hoy</numerusform>
            <numerusform>Escuchando en %1 · %n solicitudes hoy</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>Esperando el inicio de sesión en tu navegador…</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT</source>
        <translation>Iniciar sesión en ChatGPT</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>Abre esta dirección en un navegador para iniciar sesión:</translation>
    </message>
    <message>
        <source>Shell setup copied</source>
        <translation>Configuración de shell copiada</translation>
    </message>
    <message>
        <source>Paste it into a terminal; Claude Code and OpenAI clients started there will use Codex Bridge.</source>
        <translation>Pégala en un terminal; Claude Code y los clientes de OpenAI que inicies allí usarán Codex Bridge.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Use Claude Code and OpenAI clients with your ChatGPT subscription.&lt;/p&gt;&lt;p&gt;Listening on %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Usa Claude Code y clientes de OpenAI con tu suscripción de ChatGPT.&lt;/p&gt;&lt;p&gt;Escuchando en %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>Configuración no aplicada</translation>
    </message>
    <message>
        <source>Use with Claude Code (update needed)</source>
        <translation>Usar con Claude Code (hay que actualizar)</translation>
    </message>
    <message>
        <source>Claude Code points at Codex Bridge with an old address, key or model mapping.</source>
        <translation>Claude Code apunta a Codex Bridge con una dirección, clave o asignación de modelos antigua.</translation>
    </message>
    <message>
        <source>Use with Claude Code (settings file unreadable)</source>
        <translation>Usar con Claude Code (archivo de configuración ilegible)</translation>
    </message>
    <message>
        <source>Claude Code settings not changed</source>
        <translation>No se ha cambiado la configuración de Claude Code</translation>
    </message>
    <message>
        <source>Fix the file (or remove it), then try again.</source>
        <translation>Corrige el archivo (o elimínalo) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge. Start a new `claude` session to pick it up.</source>
        <translation>Claude Code usa ahora Codex Bridge. Inicia una nueva sesión de `claude` para que se aplique.</translation>
    </message>
    <message>
        <source>Claude Code settings restored.</source>
        <translation>Se ha restaurado la configuración de Claude Code.</translation>
    </message>
    <message>
        <source>Claude Code: on</source>
        <translation>Claude Code: activado</translation>
    </message>
    <message>
        <source>Claude Code: off</source>
        <translation>Claude Code: desactivado</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Proxy not running</source>
        <translation>El proxy no está en ejecución</translation>
    </message>
    <message>
        <source>No ChatGPT account</source>
        <translation>Ninguna cuenta de ChatGPT</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>Es necesario iniciar sesión</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Quota low</source>
        <translation>Cuota baja</translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation>Cuota agotada</translation>
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
        <translation>%1: %2 usado</translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using the defaults.</source>
        <translation>%1 no es JSON válido (%2); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>No se pudo crear %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamFailure</name>
    <message>
        <source>ChatGPT rejected the sign-in (%1). Sign in again with `codex-bridge accounts add`.</source>
        <translation>ChatGPT rechazó el inicio de sesión (%1). Vuelve a iniciar sesión con `codex-bridge accounts add`.</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached; it resets at %1 (in %2 min).</source>
        <translation>Se alcanzó el límite de uso de ChatGPT; se restablece a las %1 (en %2 min).</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached: %1</source>
        <translation>Se alcanzó el límite de uso de ChatGPT: %1</translation>
    </message>
    <message>
        <source>Prompt is too long: %1</source>
        <translation>El prompt es demasiado largo: %1</translation>
    </message>
    <message>
        <source>The ChatGPT backend is overloaded: %1</source>
        <translation>El backend de ChatGPT está sobrecargado: %1</translation>
    </message>
    <message>
        <source>The ChatGPT backend failed: %1</source>
        <translation>El backend de ChatGPT ha fallado: %1</translation>
    </message>
    <message>
        <source>Could not reach the ChatGPT backend: %1</source>
        <translation>No se pudo contactar con el backend de ChatGPT: %1</translation>
    </message>
</context>
<context>
    <name>UpstreamRequest</name>
    <message>
        <source>an upstream event exceeded %1 MB</source>
        <translation>un evento de origen superó %1 MB</translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>Cannot read %1: %2. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>No se puede leer %1: %2. Las estadísticas de uso no se guardarán hasta que se corrija o elimine.</translation>
    </message>
    <message>
        <source>%1 is not a usage statistics file. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>%1 no es un archivo de estadísticas de uso. Las estadísticas de uso no se guardarán hasta que se corrija o elimine.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>Comando desconocido: %1</translation>
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
        <translation>Uso: codex-bridge [comando] [opciones]

Sin comando: la aplicación de la bandeja del sistema [--host ADDRESS] [--port PORT]

Comandos:
  serve [--host ADDRESS] [--port PORT] [--client-key KEY]
                       ejecuta el proxy (predeterminado: http://127.0.0.1:8081)
  accounts add [--no-browser] | import [PATH] | list | switch EMAIL
           | remove EMAIL | clear | quota
                       gestiona las cuentas de ChatGPT
  claude on | off | status [--host ADDRESS] [--port PORT] [--client-key KEY]
                       apunta Claude Code (~/.claude/settings.json) a este
                       proxy o restaura su configuración anterior
  --version            muestra la versión
  --help               esta ayuda
</translation>
    </message>
</context>
</TS>
