<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountRouter</name>
    <message>
        <source>No usable ChatGPT account in Codex Bridge: every account is disabled or needs to sign in again (`codex-bridge accounts add`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ChatGPT account reached its usage limit; the first one resets at %1 (in %2 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every ChatGPT account failed just now; retry in %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read (%2). It was left untouched; fix or remove it, or remove all accounts to start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer version of Codex Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an account entry is not an object with an email or an account id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read, so it is not changed; fix or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs an email or an account id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account %1 has no tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the unreadable accounts file %1 aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tokens are stored for the account %1; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored tokens of the account %1 are damaged; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Sign in to a ChatGPT account and add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and read the address the browser ends up on (or the code) from the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a ChatGPT account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got the sign-in reply, finishing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in, but the account could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to ChatGPT in the browser window that just opened. If none opened, visit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser (on this or any other machine) and sign in to ChatGPT:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the sign-in reply cannot reach this program directly (the callback port is busy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After signing in, the browser goes to %1?code=... If that page does not say &quot;Signed in&quot; (for example because the browser runs on another machine), copy the whole address from the browser&apos;s address bar and paste it here, then press Enter:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Manage ChatGPT accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active account: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed all accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown or incomplete command: accounts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: Codex Bridge now refreshes its own copy of this login. Refresh tokens are single-use, so the Codex CLI may ask you to sign in again after Codex Bridge refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts import` or `codex-bridge accounts add`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsQuotaCommand</name>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts add` or `codex-bridge accounts import`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read its tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token was refused (sign in again, or let the proxy refresh it by serving a request)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5-hour:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, resets %1 (in %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnthropicRequestTranslator</name>
    <message>
        <source>model: field required (a non-empty string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages: field required (an array of messages)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages: must be an array of messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages: at least one message is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages: an array is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model: a model name (string) is required.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Use Claude Code with your ChatGPT subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatRequestTranslator</name>
    <message>
        <source>The request has no &quot;model&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;model&quot; must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only &quot;n&quot;: 1 is supported: the ChatGPT backend returns one choice per request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be a boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tools&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; only &quot;function&quot; tools are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.function must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;functions&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;web_search_options&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.description must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.parameters must be a JSON schema object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; or a function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.allowed_tools.mode must be &quot;auto&quot; or &quot;required&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must name a function: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string or an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;response_format.json_schema&quot; needs a &quot;name&quot; and a &quot;schema&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;response_format.type&quot; must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;response_format&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;verbosity&quot; must be &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no &quot;messages&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;messages&quot; must contain at least one message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.role must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.role &quot;%2&quot; is not supported; use system, developer, user, assistant or tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string or an array of content parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not allowed here; only text parts are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.text must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.image_url.url must be a data: URL or an http(s) URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.file.file_id is not supported (there is no file store); send the file as file_data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.file.file_data must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: audio input is not supported by the ChatGPT backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; use text, image_url or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string of JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.tool_calls must be an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.function.name must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.function_call.name must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.function_call must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.tool_call_id must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported in a tool message; use text.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatStreamTranslator</name>
    <message>
        <source>The ChatGPT backend closed the stream before the response was complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ChatGPT backend reported a failure without details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaudeCommand</name>
    <message>
        <source>Point Claude Code (its settings.json) at this proxy, or back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on | off | status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s address (default: settings.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s port (default: settings.json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s client key (default: settings.json or CODEX_BRIDGE_CLIENT_KEY).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy&apos;s port is 0 (chosen when it starts); pass the port it listens on with --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge at %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code no longer uses Codex Bridge; the previous settings are back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on: Claude Code uses this proxy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outdated: Claude Code points at this proxy (%1) but with other values; run `codex-bridge claude on` to update them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off: Claude Code does not use this proxy (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings file: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved values to restore with `codex-bridge claude off`: yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code does not use Codex Bridge (%1); nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaudeConfigApi</name>
    <message>
        <source>The Claude Code configuration is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>apiKey was not written: Codex Bridge keeps API keys out of files. Set ANTHROPIC_API_KEY in your environment to use the Anthropic API directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude CLI configured to use proxy at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude CLI configured for direct API; previous settings restored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClaudeSettingsEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). It was left untouched; fix it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1, “env” is not an object. The file was left untouched; fix it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); move it away to start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by another program while Codex Bridge was editing it. Nothing was written; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2; %3 was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed by hand after Codex Bridge set it; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restore %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set %1 in %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved values were found; the Codex Bridge entries were removed from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodexAuthImporter</name>
    <message>
        <source>No Codex CLI login found at %1. Sign in with &quot;codex login&quot; first, or sign in here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codex CLI login file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codex CLI is logged in with an API key. Codex Bridge needs a ChatGPT sign-in (&quot;codex login&quot; with your ChatGPT account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codex CLI login file contains no sign-in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codex CLI login is incomplete (no access or refresh token); run &quot;codex login&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Codex CLI login does not say which account it is (no email or account id in its tokens); run &quot;codex login&quot; again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>No ChatGPT account is set up in Codex Bridge. Add one with `codex-bridge accounts import` (copies your Codex CLI login) or `codex-bridge accounts add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ChatGPT account %1 needs to sign in again: run `codex-bridge accounts add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ChatGPT account %1 is disabled; switch to another account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens of ChatGPT account %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token refresh failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardAssets</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardRoutes</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many open request-log streams.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Codex Bridge — Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged and was left untouched; fix or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer version of Codex Bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of the secrets file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 in %2 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FunctionCallPairing</name>
    <message>
        <source>Result of tool call %1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>Timed out waiting for the request header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out waiting for the request body</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>Request header section too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid character in request target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid request target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid percent-encoding in request path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request trailer section too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folded header lines are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid header name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid character in header value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing Host header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multiple Host headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflicting Content-Length values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer-Encoding is not allowed in HTTP/1.0 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid Transfer-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported Transfer-Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported Expect value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request body too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chunk size line too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid chunk size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid chunk extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing line break after chunk data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot accept connections (%1); retrying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonTextEditor</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The edit was refused because it would make the document invalid (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No value to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty path names no member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new value is not one JSON value.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>On a machine without a keychain, set CODEX_BRIDGE_SECRET_STORE=file to keep the tokens in a file only you can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access was denied when the keychain asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain is locked or denied access (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain (Secret Service) is available (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain (Secret Service) could not be used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 seconds (it may be locked and waiting for a password, or the Secret Service is not responding). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the keychain is locked; unlock it (for example by logging in to the desktop session) and try again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the tokens of %1 from the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not store the tokens of %1 in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the tokens of %1 from the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message>
        <source>Cannot write the management key %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The management key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account management needs the management key (header X-Codex-Bridge-Key, from %1 in the config dir) or a request from the Codex Bridge dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in callbacks are not taken on this port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {&quot;email&quot;: &quot;...&quot;} to choose the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched to account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed account: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota tracking is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage statistics are not running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model catalogue is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalogue has no &quot;models&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model catalogue lists no model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelMapper</name>
    <message>
        <source>The model for &quot;%1&quot; must be a model name; the entry was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;families&quot; must be an object; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown model family &quot;%1&quot; (use opus, sonnet or haiku); it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;aliases&quot; must be an object; it was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An alias with an empty name was ignored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthCallbackResult</name>
    <message>
        <source>The sign-in reply does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in failed: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is neither the address the browser was sent to after signing in nor an authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthCallbackServer</name>
    <message>
        <source>Cannot receive the sign-in: the callback port(s) %1 on localhost are in use by another program (is another sign-in or the Codex CLI login running?). Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Codex Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Bridge sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can close this tab and return to Codex Bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in has already been handled. Start a new one if needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthLoginFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: no answer came back from the browser within %n minute(s).</source>
        <translation>
            <numerusform>The sign-in timed out: no answer came back from the browser within %n minute.</numerusform>
            <numerusform>The sign-in timed out: no answer came back from the browser within %n minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in failed: the sign-in server did not say which ChatGPT account this is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>Could not reach the sign-in server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ChatGPT login has expired or was used elsewhere (%1). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server is unavailable (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server sent an answer without an access token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider needs a name or an id made of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base URL of provider %1 must be an http(s) URL such as http://127.0.0.1:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1 has an invalid extra header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider %1: the header %2 is set by the proxy (put an API key in the API key field).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>the model list is not in the OpenAI format</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderExchange</name>
    <message>
        <source>the provider sent an empty reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderRouting</name>
    <message>
        <source>Every routing rule needs a model name or family to match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routing rule for %1 names an unknown provider &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fallback names an unknown provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fallback needs a model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderSettingsApi</name>
    <message>
        <source>Settings are not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>haikuKiloModel: a model name (string) is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action: one of add, update, remove, test, routes is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; update it instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProviderStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); no provider is used and the file is left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saving providers: %1 could not be read; fix or remove it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret store is available for the API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store the API key of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersClient</name>
    <message>
        <source>Codex Bridge is not running; providers can be managed once it has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Codex Bridge did not answer within %n second(s).</source>
        <translation>
            <numerusform>Codex Bridge did not answer within %n second.</numerusform>
            <numerusform>Codex Bridge did not answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Codex Bridge does not answer at %1 (%2). Is it running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Bridge answered with HTTP status %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>OpenAI-compatible servers beside your ChatGPT subscription: a local Ollama, LM Studio or llama.cpp server, or a gateway such as OpenRouter. Changes here apply at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Local Ollama</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As for the OpenAI SDK, e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty for local servers; kept in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, comma-separated; the connection test fetches them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Haiku requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code sends light background work (titles, summaries) to its Haiku model; a provider model can take it and spare your ChatGPT quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was added. Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not test %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 answers: %n model(s).</source>
        <translation>
            <numerusform>%1 answers: %n model.</numerusform>
            <numerusform>%1 answers: %n models.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1? Its API key is deleted from the keychain, and the requests routed to it go to your ChatGPT subscription again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Haiku requests were not rerouted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to your ChatGPT subscription.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyExchange</name>
    <message>
        <source>the upstream stream ended without a terminal event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using defaults and leaving the file untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring invalid port in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignoring invalid rotation in %1 (expected off, sticky or round-robin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saving settings: the existing file could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProxyWorker</name>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Bridge is quitting; the request was cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaAlerts</name>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT no longer accepts the sign-in of %1. Choose &quot;Add ChatGPT account…&quot; to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has used up its quota.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has used up its quota; it %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT quota low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaBarsWidget</name>
    <message>
        <source>Quota of the active account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaFormatter</name>
    <message>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <extracomment>A used share of the quota, e.g. &quot;42 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets in %1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resets in %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n-day</source>
        <translation>
            <numerusform>%n-day</numerusform>
            <numerusform>%n-day</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour</source>
        <translation>
            <numerusform>%n-hour</numerusform>
            <numerusform>%n-hour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute</source>
        <translation>
            <numerusform>%n-minute</numerusform>
            <numerusform>%n-minute</numerusform>
        </translation>
    </message>
    <message>
        <source>5-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quota unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 h %1 · week %2</source>
        <extracomment>Short quota summary: 5-hour window share, then weekly share, e.g. &quot;5 h 42 % · week 13 %&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuotaSnapshot</name>
    <message>
        <source>The usage reply is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Requests from web pages are not allowed (Origin %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-site requests are not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Host header is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host %1 is not this proxy; use http://127.0.0.1 or http://localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This proxy requires its client key (x-api-key or Authorization: Bearer).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Unknown secret store &quot;%1&quot; in CODEX_BRIDGE_SECRET_STORE (supported: keychain, the default, and file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port to listen on (default 8081; 0 picks a free one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key clients must send (x-api-key or Authorization: Bearer). Required when listening on a non-loopback address. Also CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key: anyone who can reach this address could use your ChatGPT subscription. Set one with --client-key or CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the proxy without a user interface.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the proxy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsApi</name>
    <message>
        <source>The bind address must be an IP address (127.0.0.1, ::1, 0.0.0.0…) or localhost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key must be empty (none) or %1 to %2 printable characters without spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rotation must be off, sticky or round-robin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model mapping must be an object {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systemAsInstructions must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 needs a client key: anyone who can reach that address could use your ChatGPT subscription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method %1 is not allowed on /settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request body must be a JSON object of settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are in effect until the proxy stops, but could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Codex Bridge Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the proxy to this computer. Any other address needs a client key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (only this computer can connect)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account rotation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off — use the active account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticky — keep a session on one account until it runs out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round robin — spread requests over all accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Codex Bridge at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude %1 (any version)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address to listen on, e.g. 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers use your ChatGPT subscription: set a client key first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each alias needs both a requested model and a ChatGPT model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StreamingPost</name>
    <message>
        <source>the stream stalled for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>The ChatGPT account %1 cannot be refreshed (%2); sign in again (`codex-bridge accounts add`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refreshed sign-in of ChatGPT account %1 could not be stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of ChatGPT account %1 is no longer valid (%2): sign in again (`codex-bridge accounts add`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh the sign-in of ChatGPT account %1 (%2); try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused to refresh ChatGPT account %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>tools: must be an array of tool definitions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each tool must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.name: field required (a non-empty string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system.%1: must be a text block with a string &quot;text&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system: must be a string or an array of text blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each message must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.role: must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.content.%2: each content block must be an object with a string &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.content: must be a string or an array of content blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.text: must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source: field required (an object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;image/png&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 image data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.url: field required (a non-empty string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.type: image source &quot;%2&quot; is not supported (use &quot;base64&quot; or &quot;url&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;application/pdf&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 document data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.data: field required (the document text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported (use &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; or &quot;content&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.id: field required (a non-empty string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.input: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.tool_use_id: field required (a non-empty string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: each content block must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool_choice: must be an object such as {&quot;type&quot;:&quot;auto&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool_choice.name: field required when tool_choice.type is &quot;tool&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool_choice.name: no tool named &quot;%1&quot; in tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool_choice.type: must be &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; or &quot;none&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking.budget_tokens: must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thinking: must be an object such as {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>output_config.format.schema: field required (a JSON schema object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system.%1: only text blocks are supported in the system prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.type: content block type &quot;%2&quot; is not supported here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a tool_use block needs an id and a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools: must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tools.%1.name: field required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tool_choice: expected {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (with a name)}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages: field required (an array)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max_tokens: must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop_sequences: must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>No desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayCommand</name>
    <message>
        <source>To run the proxy without a user interface, use: codex-bridge serve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Bridge in the system tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Codex Bridge could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not switch the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ChatGPT account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use with Claude Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy shell setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Codex Bridge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not running: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 · %n request(s) today</source>
        <translation>
            <numerusform>Listening on %1 · %n request today</numerusform>
            <numerusform>Listening on %1 · %n requests today</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to ChatGPT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shell setup copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it into a terminal; Claude Code and OpenAI clients started there will use Codex Bridge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Use Claude Code and OpenAI clients with your ChatGPT subscription.&lt;/p&gt;&lt;p&gt;Listening on %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use with Claude Code (update needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code points at Codex Bridge with an old address, key or model mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use with Claude Code (settings file unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code settings not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the file (or remove it), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge. Start a new `claude` session to pick it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code settings restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claude Code: off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ChatGPT account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Codex Bridge — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 used</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamFailure</name>
    <message>
        <source>ChatGPT rejected the sign-in (%1). Sign in again with `codex-bridge accounts add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached; it resets at %1 (in %2 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt is too long: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ChatGPT backend is overloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ChatGPT backend failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the ChatGPT backend: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UpstreamRequest</name>
    <message>
        <source>an upstream event exceeded %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>Cannot read %1: %2. Usage statistics are not saved until it is fixed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usage statistics file. Usage statistics are not saved until it is fixed or removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
