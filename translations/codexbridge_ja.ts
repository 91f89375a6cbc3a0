<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AccountRouter</name>
    <message>
        <source>No usable ChatGPT account in Codex Bridge: every account is disabled or needs to sign in again (`codex-bridge accounts add`).</source>
        <translation>Codex Bridge に使用可能な ChatGPT アカウントがありません。すべてのアカウントが無効になっているか、再度サインインする必要があります（`codex-bridge accounts add`）。</translation>
    </message>
    <message>
        <source>Every ChatGPT account reached its usage limit; the first one resets at %1 (in %2 min).</source>
        <translation>すべての ChatGPT アカウントが使用上限に達しました。最初のアカウントは %1 にリセットされます（%2 分後）。</translation>
    </message>
    <message>
        <source>Every ChatGPT account failed just now; retry in %1 s.</source>
        <translation>すべての ChatGPT アカウントで直前にエラーが発生しました。%1 秒後に再試行してください。</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation>利用できるシークレットストアがありません。</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read (%2). It was left untouched; fix or remove it, or remove all accounts to start again.</source>
        <translation>アカウントファイル %1 を読み込めませんでした（%2）。ファイルは変更されていません。修正または削除するか、すべてのアカウントを削除してやり直してください。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>written by a newer version of Codex Bridge</source>
        <translation>より新しいバージョンの Codex Bridge で書き込まれています</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list</source>
        <translation>&quot;accounts&quot; がリストではありません</translation>
    </message>
    <message>
        <source>an account entry is not an object with an email or an account id</source>
        <translation>アカウントのエントリがメールアドレスまたはアカウント ID を持つオブジェクトではありません</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read, so it is not changed; fix or remove it first.</source>
        <translation>アカウントファイル %1 を読み込めなかったため、変更していません。先に修正または削除してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>An account needs an email or an account id.</source>
        <translation>アカウントにはメールアドレスまたはアカウント ID が必要です。</translation>
    </message>
    <message>
        <source>The account %1 has no tokens.</source>
        <translation>アカウント %1 にはトークンがありません。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>アカウント %1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot move the unreadable accounts file %1 aside.</source>
        <translation>読み込めないアカウントファイル %1 を退避できません。</translation>
    </message>
    <message>
        <source>No tokens are stored for the account %1; sign in again.</source>
        <translation>アカウント %1 のトークンが保存されていません。再度サインインしてください。</translation>
    </message>
    <message>
        <source>The stored tokens of the account %1 are damaged; sign in again.</source>
        <translation>アカウント %1 の保存済みトークンが破損しています。再度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Sign in to a ChatGPT account and add it.</source>
        <translation>ChatGPT アカウントにサインインして追加します。</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and read the address the browser ends up on (or the code) from the terminal.</source>
        <translation>ブラウザーを開きません。サインイン用アドレスを表示し、ブラウザーが最終的に開いたアドレス（またはコード）をターミナルから読み取ります。</translation>
    </message>
    <message>
        <source>Add a ChatGPT account.</source>
        <translation>ChatGPT アカウントを追加します。</translation>
    </message>
    <message>
        <source>Got the sign-in reply, finishing...</source>
        <translation>サインインの応答を受信しました。完了処理中...</translation>
    </message>
    <message>
        <source>Signed in, but the account could not be stored: %1</source>
        <translation>サインインしましたが、アカウントを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>%1（%2）としてサインインしました。</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>不明なプラン</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT in the browser window that just opened. If none opened, visit:</source>
        <translation>開いたブラウザーウィンドウで ChatGPT にサインインしてください。ウィンドウが開かない場合は、次のアドレスにアクセスしてください:</translation>
    </message>
    <message>
        <source>Open this address in a browser (on this or any other machine) and sign in to ChatGPT:</source>
        <translation>このアドレスをブラウザー（このマシンまたは別のマシン）で開き、ChatGPT にサインインしてください:</translation>
    </message>
    <message>
        <source>Note: the sign-in reply cannot reach this program directly (the callback port is busy).</source>
        <translation>注意: サインインの応答はこのプログラムに直接届きません（コールバックポートが使用中です）。</translation>
    </message>
    <message>
        <source>After signing in, the browser goes to %1?code=... If that page does not say &quot;Signed in&quot; (for example because the browser runs on another machine), copy the whole address from the browser&apos;s address bar and paste it here, then press Enter:</source>
        <translation>サインイン後、ブラウザーは %1?code=... に移動します。そのページに「サインインしました」と表示されない場合（ブラウザーが別のマシンで動作している場合など）は、ブラウザーのアドレスバーからアドレス全体をコピーしてここに貼り付け、Enter キーを押してください:</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Manage ChatGPT accounts.</source>
        <translation>ChatGPT アカウントを管理します。</translation>
    </message>
    <message>
        <source>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</source>
        <translation>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>アカウント %1 はありません。</translation>
    </message>
    <message>
        <source>Active account: %1.</source>
        <translation>アクティブなアカウント: %1。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Removed all accounts.</source>
        <translation>すべてのアカウントを削除しました。</translation>
    </message>
    <message>
        <source>Unknown or incomplete command: accounts %1</source>
        <translation>不明または不完全なコマンドです: accounts %1</translation>
    </message>
    <message>
        <source>Could not store the account: %1</source>
        <translation>アカウントを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>不明なプラン</translation>
    </message>
    <message>
        <source>Updated %1 (%2).</source>
        <translation>%1（%2）を更新しました。</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>%1（%2）をインポートしました。</translation>
    </message>
    <message>
        <source>Note: Codex Bridge now refreshes its own copy of this login. Refresh tokens are single-use, so the Codex CLI may ask you to sign in again after Codex Bridge refreshed.</source>
        <translation>注意: 今後は Codex Bridge がこのログイン情報の独自のコピーを更新します。リフレッシュトークンは 1 回しか使用できないため、Codex Bridge が更新した後に Codex CLI から再度サインインを求められる場合があります。</translation>
    </message>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts import` or `codex-bridge accounts add`.</source>
        <translation>アカウントがありません。`codex-bridge accounts import` または `codex-bridge accounts add` で追加してください。</translation>
    </message>
</context>
<context>
    <name>AccountsQuotaCommand</name>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts add` or `codex-bridge accounts import`.</source>
        <translation>アカウントがありません。`codex-bridge accounts add` または `codex-bridge accounts import` で追加してください。</translation>
    </message>
    <message>
        <source>cannot read its tokens: %1</source>
        <translation>トークンを読み込めません: %1</translation>
    </message>
    <message>
        <source>the access token was refused (sign in again, or let the proxy refresh it by serving a request)</source>
        <translation>アクセストークンが拒否されました（再度サインインするか、プロキシがリクエストを処理する際に更新させてください）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>quota not available: %1</source>
        <translation>クォータを取得できません: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>plan:    %1</source>
        <translation>プラン:   %1</translation>
    </message>
    <message>
        <source>5-hour:  %1</source>
        <translation>5 時間:   %1</translation>
    </message>
    <message>
        <source>weekly:  %1</source>
        <translation>1 週間:  %1</translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>上限に達しました</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>%1% 使用済み</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>, resets %1 (in %2)</source>
        <translation>、%1 にリセット（%2 後）</translation>
    </message>
</context>
<context>
    <name>AnthropicRequestTranslator</name>
    <message>
        <source>model: field required (a non-empty string)</source>
        <translation>model: 必須フィールドです（空でない文字列）</translation>
    </message>
    <message>
        <source>messages: field required (an array of messages)</source>
        <translation>messages: 必須フィールドです（メッセージの配列）</translation>
    </message>
    <message>
        <source>messages: must be an array of messages</source>
        <translation>messages: メッセージの配列である必要があります</translation>
    </message>
    <message>
        <source>messages: at least one message is required</source>
        <translation>messages: 少なくとも 1 つのメッセージが必要です</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 ではメソッド %1 は使用できません。</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>%1 %2 に対応するルートがありません。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>リクエスト本文が有効な JSON ではありません: オフセット %2 で %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>リクエスト本文は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>messages: an array is required.</source>
        <translation>messages: 配列が必要です。</translation>
    </message>
    <message>
        <source>model: a model name (string) is required.</source>
        <translation>model: モデル名（文字列）が必要です。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Use Claude Code with your ChatGPT subscription</source>
        <translation>ChatGPT のサブスクリプションで Claude Code を使用します</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>Windows のスタートアップ項目を変更できませんでした。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>%1 を削除できませんでした。</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>%1 のフォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>ChatRequestTranslator</name>
    <message>
        <source>The request has no &quot;model&quot;.</source>
        <translation>リクエストに &quot;model&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;model&quot; must be a non-empty string.</source>
        <translation>&quot;model&quot; は空でない文字列である必要があります。</translation>
    </message>
    <message>
        <source>Only &quot;n&quot;: 1 is supported: the ChatGPT backend returns one choice per request.</source>
        <translation>&quot;n&quot;: 1 のみサポートされています。ChatGPT バックエンドはリクエストごとに 1 つの選択肢を返します。</translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be a boolean.</source>
        <translation>&quot;stream&quot; はブール値である必要があります。</translation>
    </message>
    <message>
        <source>%1.name must be a non-empty string.</source>
        <translation>%1.name は空でない文字列である必要があります。</translation>
    </message>
    <message>
        <source>&quot;tools&quot; must be an array.</source>
        <translation>&quot;tools&quot; は配列である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; only &quot;function&quot; tools are.</source>
        <translation>%1.type &quot;%2&quot; はサポートされていません。サポートされるのは &quot;function&quot; ツールのみです。</translation>
    </message>
    <message>
        <source>%1.function must be an object.</source>
        <translation>%1.function はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>&quot;functions&quot; must be an array.</source>
        <translation>&quot;functions&quot; は配列である必要があります。</translation>
    </message>
    <message>
        <source>&quot;web_search_options&quot; must be an object.</source>
        <translation>&quot;web_search_options&quot; はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1.description must be a string.</source>
        <translation>%1.description は文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1.parameters must be a JSON schema object.</source>
        <translation>%1.parameters は JSON スキーマオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1 must be &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; or a function.</source>
        <translation>%1 は &quot;auto&quot;、&quot;none&quot;、&quot;required&quot; のいずれか、または関数である必要があります。</translation>
    </message>
    <message>
        <source>%1.allowed_tools.mode must be &quot;auto&quot; or &quot;required&quot;.</source>
        <translation>%1.allowed_tools.mode は &quot;auto&quot; または &quot;required&quot; である必要があります。</translation>
    </message>
    <message>
        <source>%1 must name a function: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation>%1 には関数を指定する必要があります: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}。</translation>
    </message>
    <message>
        <source>%1 must be a string or an object.</source>
        <translation>%1 は文字列またはオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 は次のいずれかである必要があります: %2。</translation>
    </message>
    <message>
        <source>&quot;response_format.json_schema&quot; needs a &quot;name&quot; and a &quot;schema&quot; object.</source>
        <translation>&quot;response_format.json_schema&quot; には &quot;name&quot; と &quot;schema&quot; オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>&quot;response_format.type&quot; must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;.</source>
        <translation>&quot;response_format.type&quot; は &quot;text&quot;、&quot;json_object&quot;、&quot;json_schema&quot; のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>&quot;response_format&quot; must be an object.</source>
        <translation>&quot;response_format&quot; はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>&quot;verbosity&quot; must be &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;.</source>
        <translation>&quot;verbosity&quot; は &quot;low&quot;、&quot;medium&quot;、&quot;high&quot; のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>The request has no &quot;messages&quot;.</source>
        <translation>リクエストに &quot;messages&quot; がありません。</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array.</source>
        <translation>&quot;messages&quot; は配列である必要があります。</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must contain at least one message.</source>
        <translation>&quot;messages&quot; には少なくとも 1 つのメッセージが必要です。</translation>
    </message>
    <message>
        <source>%1.role must be a string.</source>
        <translation>%1.role は文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1.role &quot;%2&quot; is not supported; use system, developer, user, assistant or tool.</source>
        <translation>%1.role &quot;%2&quot; はサポートされていません。system、developer、user、assistant、tool のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>%1 must be a string or an array of content parts.</source>
        <translation>%1 は文字列またはコンテンツパーツの配列である必要があります。</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not allowed here; only text parts are.</source>
        <translation>%1.type &quot;%2&quot; はここでは使用できません。使用できるのはテキストパーツのみです。</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 にテキストがありません。</translation>
    </message>
    <message>
        <source>%1.text must be a string.</source>
        <translation>%1.text は文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1.image_url.url must be a data: URL or an http(s) URL.</source>
        <translation>%1.image_url.url は data: URL または http(s) URL である必要があります。</translation>
    </message>
    <message>
        <source>%1.file.file_id is not supported (there is no file store); send the file as file_data.</source>
        <translation>%1.file.file_id はサポートされていません（ファイルストアがありません）。ファイルは file_data として送信してください。</translation>
    </message>
    <message>
        <source>%1.file.file_data must be a non-empty string.</source>
        <translation>%1.file.file_data は空でない文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1: audio input is not supported by the ChatGPT backend.</source>
        <translation>%1: ChatGPT バックエンドは音声入力をサポートしていません。</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; use text, image_url or file.</source>
        <translation>%1.type &quot;%2&quot; はサポートされていません。text、image_url、file のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>%1 must be a string of JSON.</source>
        <translation>%1 は JSON 文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1.tool_calls must be an array.</source>
        <translation>%1.tool_calls は配列である必要があります。</translation>
    </message>
    <message>
        <source>%1.id must be a non-empty string.</source>
        <translation>%1.id は空でない文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1.function.name must be a non-empty string.</source>
        <translation>%1.function.name は空でない文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1.function_call.name must be a non-empty string.</source>
        <translation>%1.function_call.name は空でない文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1.function_call must be an object.</source>
        <translation>%1.function_call はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>%1.tool_call_id must be a non-empty string.</source>
        <translation>%1.tool_call_id は空でない文字列である必要があります。</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported in a tool message; use text.</source>
        <translation>%1.type &quot;%2&quot; はツールメッセージではサポートされていません。text を使用してください。</translation>
    </message>
</context>
<context>
    <name>ChatStreamTranslator</name>
    <message>
        <source>The ChatGPT backend closed the stream before the response was complete.</source>
        <translation>応答が完了する前に ChatGPT バックエンドがストリームを閉じました。</translation>
    </message>
    <message>
        <source>The ChatGPT backend reported a failure without details.</source>
        <translation>ChatGPT バックエンドが詳細不明のエラーを報告しました。</translation>
    </message>
</context>
<context>
    <name>ClaudeCommand</name>
    <message>
        <source>Point Claude Code (its settings.json) at this proxy, or back.</source>
        <translation>Claude Code（その settings.json）をこのプロキシに向けるか、元に戻します。</translation>
    </message>
    <message>
        <source>on | off | status</source>
        <translation>on | off | status</translation>
    </message>
    <message>
        <source>The proxy&apos;s address (default: settings.json).</source>
        <translation>プロキシのアドレス（既定値: settings.json）。</translation>
    </message>
    <message>
        <source>The proxy&apos;s port (default: settings.json).</source>
        <translation>プロキシのポート（既定値: settings.json）。</translation>
    </message>
    <message>
        <source>The proxy&apos;s client key (default: settings.json or CODEX_BRIDGE_CLIENT_KEY).</source>
        <translation>プロキシのクライアントキー（既定値: settings.json または CODEX_BRIDGE_CLIENT_KEY）。</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>無効なポートです: %1</translation>
    </message>
    <message>
        <source>The proxy&apos;s port is 0 (chosen when it starts); pass the port it listens on with --port.</source>
        <translation>プロキシのポートは 0 です（起動時に選択されます）。待ち受けているポートを --port で指定してください。</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge at %1 (%2).</source>
        <translation>Claude Code は %1 の Codex Bridge を使用するようになりました（%2）。</translation>
    </message>
    <message>
        <source>Claude Code no longer uses Codex Bridge; the previous settings are back (%1).</source>
        <translation>Claude Code は Codex Bridge を使用しなくなりました。以前の設定に戻しました（%1）。</translation>
    </message>
    <message>
        <source>on: Claude Code uses this proxy (%1)</source>
        <translation>on: Claude Code はこのプロキシを使用しています（%1）</translation>
    </message>
    <message>
        <source>outdated: Claude Code points at this proxy (%1) but with other values; run `codex-bridge claude on` to update them</source>
        <translation>outdated: Claude Code はこのプロキシ（%1）を指していますが、値が異なります。`codex-bridge claude on` を実行して更新してください</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid: %1</translation>
    </message>
    <message>
        <source>off: Claude Code does not use this proxy (%1)</source>
        <translation>off: Claude Code はこのプロキシを使用していません（%1）</translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation> (存在しません)</translation>
    </message>
    <message>
        <source>settings file: %1%2</source>
        <translation>設定ファイル: %1%2</translation>
    </message>
    <message>
        <source>saved values to restore with `codex-bridge claude off`: yes</source>
        <translation>`codex-bridge claude off` で復元できる保存済みの値: あり</translation>
    </message>
    <message>
        <source>Claude Code does not use Codex Bridge (%1); nothing to change.</source>
        <translation>Claude Code は Codex Bridge を使用していません（%1）。変更する必要はありません。</translation>
    </message>
</context>
<context>
    <name>ClaudeConfigApi</name>
    <message>
        <source>The Claude Code configuration is not available.</source>
        <translation>Claude Code の構成を利用できません。</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>%1 %2 に対応するルートがありません。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 ではメソッド %1 は使用できません。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object (%1).</source>
        <translation>リクエスト本文は JSON オブジェクトである必要があります（%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>オブジェクトではありません</translation>
    </message>
    <message>
        <source>apiKey was not written: Codex Bridge keeps API keys out of files. Set ANTHROPIC_API_KEY in your environment to use the Anthropic API directly.</source>
        <translation>apiKey は書き込まれませんでした。Codex Bridge は API キーをファイルに保存しません。Anthropic API を直接使用するには、環境変数 ANTHROPIC_API_KEY を設定してください。</translation>
    </message>
    <message>
        <source>Claude CLI configured to use proxy at %1</source>
        <translation>Claude CLI を %1 のプロキシを使用するように構成しました</translation>
    </message>
    <message>
        <source>Claude CLI configured for direct API; previous settings restored</source>
        <translation>Claude CLI を API に直接接続するように構成し、以前の設定を復元しました</translation>
    </message>
</context>
<context>
    <name>ClaudeSettingsEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). It was left untouched; fix it and try again.</source>
        <translation>%1 は有効な JSON ではありません（%2）。ファイルは変更されていません。修正してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>In %1, “env” is not an object. The file was left untouched; fix it and try again.</source>
        <translation>%1 の “env” がオブジェクトではありません。ファイルは変更されていません。修正してからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); move it away to start over.</source>
        <translation>%1 は有効な JSON ではありません（%2）。最初からやり直すには、このファイルを移動してください。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Codex Bridge was editing it. Nothing was written; try again.</source>
        <translation>Codex Bridge が編集している間に、別のプログラムが %1 を変更しました。何も書き込まれていません。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2; %3 was left untouched.</source>
        <translation>バックアップ %1 を書き込めません: %2。%3 は変更されていません。</translation>
    </message>
    <message>
        <source>%1 was changed by hand after Codex Bridge set it; it was left as it is.</source>
        <translation>%1 は Codex Bridge が設定した後に手動で変更されたため、そのままにしました。</translation>
    </message>
    <message>
        <source>Cannot restore %1 in %2: %3</source>
        <translation>%2 の %1 を復元できません: %3</translation>
    </message>
    <message>
        <source>Cannot set %1 in %2: %3</source>
        <translation>%2 の %1 を設定できません: %3</translation>
    </message>
    <message>
        <source>No saved values were found; the Codex Bridge entries were removed from %1.</source>
        <translation>保存された値が見つからなかったため、%1 から Codex Bridge の項目を削除しました。</translation>
    </message>
</context>
<context>
    <name>CodexAuthImporter</name>
    <message>
        <source>No Codex CLI login found at %1. Sign in with &quot;codex login&quot; first, or sign in here.</source>
        <translation>%1 に Codex CLI のログイン情報が見つかりません。先に &quot;codex login&quot; でサインインするか、ここでサインインしてください。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Codex CLI login file is not valid JSON.</source>
        <translation>Codex CLI のログインファイルが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The Codex CLI is logged in with an API key. Codex Bridge needs a ChatGPT sign-in (&quot;codex login&quot; with your ChatGPT account).</source>
        <translation>Codex CLI は API キーでログインしています。Codex Bridge には ChatGPT でのサインイン（ChatGPT アカウントでの &quot;codex login&quot;）が必要です。</translation>
    </message>
    <message>
        <source>The Codex CLI login file contains no sign-in tokens.</source>
        <translation>Codex CLI のログインファイルにサインイン用トークンが含まれていません。</translation>
    </message>
    <message>
        <source>The Codex CLI login is incomplete (no access or refresh token); run &quot;codex login&quot; again.</source>
        <translation>Codex CLI のログイン情報が不完全です（アクセストークンまたはリフレッシュトークンがありません）。&quot;codex login&quot; を再度実行してください。</translation>
    </message>
    <message>
        <source>The Codex CLI login does not say which account it is (no email or account id in its tokens); run &quot;codex login&quot; again.</source>
        <translation>Codex CLI のログイン情報からアカウントを特定できません（トークンにメールアドレスもアカウント ID もありません）。&quot;codex login&quot; を再度実行してください。</translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>No ChatGPT account is set up in Codex Bridge. Add one with `codex-bridge accounts import` (copies your Codex CLI login) or `codex-bridge accounts add`.</source>
        <translation>Codex Bridge に ChatGPT アカウントが設定されていません。`codex-bridge accounts import`（Codex CLI のログイン情報をコピー）または `codex-bridge accounts add` で追加してください。</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 needs to sign in again: run `codex-bridge accounts add`.</source>
        <translation>ChatGPT アカウント %1 は再度サインインする必要があります。`codex-bridge accounts add` を実行してください。</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 is disabled; switch to another account.</source>
        <translation>ChatGPT アカウント %1 は無効になっています。別のアカウントに切り替えてください。</translation>
    </message>
    <message>
        <source>The tokens of ChatGPT account %1 cannot be read: %2</source>
        <translation>ChatGPT アカウント %1 のトークンを読み込めません: %2</translation>
    </message>
    <message>
        <source>The token refresh failed.</source>
        <translation>トークンの更新に失敗しました。</translation>
    </message>
</context>
<context>
    <name>DashboardAssets</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 ではメソッド %1 は使用できません。</translation>
    </message>
    <message>
        <source>The dashboard is missing from this build.</source>
        <translation>このビルドにはダッシュボードが含まれていません。</translation>
    </message>
</context>
<context>
    <name>DashboardRoutes</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 ではメソッド %1 は使用できません。</translation>
    </message>
    <message>
        <source>Too many open request-log streams.</source>
        <translation>開いているリクエストログのストリームが多すぎます。</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Codex Bridge — Dashboard</source>
        <translation>Codex Bridge — ダッシュボード</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>シークレットファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged and was left untouched; fix or remove it.</source>
        <translation>シークレットファイル %1 は破損しているため、変更していません。修正または削除してください。</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer version of Codex Bridge.</source>
        <translation>シークレットファイル %1 はより新しいバージョンの Codex Bridge で書き込まれています。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>シークレットファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of the secrets file %1.</source>
        <translation>シークレットファイル %1 のアクセス権を制限できません。</translation>
    </message>
    <message>
        <source>The secret of %1 in %2 is damaged.</source>
        <translation>%2 内の %1 のシークレットが破損しています。</translation>
    </message>
</context>
<context>
    <name>FunctionCallPairing</name>
    <message>
        <source>Result of tool call %1:</source>
        <translation>ツール呼び出し %1 の結果:</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>Timed out waiting for the request header</source>
        <translation>リクエストヘッダーの待機中にタイムアウトしました</translation>
    </message>
    <message>
        <source>Timed out waiting for the request body</source>
        <translation>リクエスト本文の待機中にタイムアウトしました</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>Request header section too large</source>
        <translation>リクエストヘッダー部が大きすぎます</translation>
    </message>
    <message>
        <source>Malformed request line</source>
        <translation>リクエスト行の形式が正しくありません</translation>
    </message>
    <message>
        <source>Invalid request method</source>
        <translation>無効なリクエストメソッドです</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>サポートされていない HTTP バージョンです</translation>
    </message>
    <message>
        <source>Invalid character in request target</source>
        <translation>リクエストターゲットに無効な文字があります</translation>
    </message>
    <message>
        <source>Invalid request target</source>
        <translation>無効なリクエストターゲットです</translation>
    </message>
    <message>
        <source>Invalid percent-encoding in request path</source>
        <translation>リクエストパスのパーセントエンコーディングが無効です</translation>
    </message>
    <message>
        <source>Request trailer section too large</source>
        <translation>リクエストトレーラー部が大きすぎます</translation>
    </message>
    <message>
        <source>Folded header lines are not supported</source>
        <translation>折り返されたヘッダー行はサポートされていません</translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation>ヘッダー行の形式が正しくありません</translation>
    </message>
    <message>
        <source>Invalid header name</source>
        <translation>無効なヘッダー名です</translation>
    </message>
    <message>
        <source>Invalid character in header value</source>
        <translation>ヘッダー値に無効な文字があります</translation>
    </message>
    <message>
        <source>Missing Host header</source>
        <translation>Host ヘッダーがありません</translation>
    </message>
    <message>
        <source>Multiple Host headers</source>
        <translation>Host ヘッダーが複数あります</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>無効な Content-Length です</translation>
    </message>
    <message>
        <source>Conflicting Content-Length values</source>
        <translation>Content-Length の値が矛盾しています</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding are present</source>
        <translation>Content-Length と Transfer-Encoding の両方が指定されています</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not allowed in HTTP/1.0 requests</source>
        <translation>HTTP/1.0 リクエストでは Transfer-Encoding は使用できません</translation>
    </message>
    <message>
        <source>Invalid Transfer-Encoding</source>
        <translation>無効な Transfer-Encoding です</translation>
    </message>
    <message>
        <source>Unsupported Transfer-Encoding</source>
        <translation>サポートされていない Transfer-Encoding です</translation>
    </message>
    <message>
        <source>Unsupported Expect value</source>
        <translation>サポートされていない Expect の値です</translation>
    </message>
    <message>
        <source>Request body too large</source>
        <translation>リクエスト本文が大きすぎます</translation>
    </message>
    <message>
        <source>Chunk size line too long</source>
        <translation>チャンクサイズ行が長すぎます</translation>
    </message>
    <message>
        <source>Invalid chunk size</source>
        <translation>無効なチャンクサイズです</translation>
    </message>
    <message>
        <source>Invalid chunk extension</source>
        <translation>無効なチャンク拡張です</translation>
    </message>
    <message>
        <source>Missing line break after chunk data</source>
        <translation>チャンクデータの後に改行がありません</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>接続が多すぎます</translation>
    </message>
    <message>
        <source>Cannot accept connections (%1); retrying</source>
        <translation>接続を受け付けられません (%1)。再試行しています</translation>
    </message>
</context>
<context>
    <name>JsonTextEditor</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>%2 行 %3 列目で %1</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>最上位が JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The edit was refused because it would make the document invalid (%1).</source>
        <translation>編集するとドキュメントが無効になるため、編集は拒否されました（%1）。</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>“%1” はオブジェクトではありません</translation>
    </message>
    <message>
        <source>No value to set.</source>
        <translation>設定する値がありません。</translation>
    </message>
    <message>
        <source>An empty path names no member.</source>
        <translation>空のパスはどのメンバーも指していません。</translation>
    </message>
    <message>
        <source>The new value is not one JSON value.</source>
        <translation>新しい値は単一の JSON 値ではありません。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>On a machine without a keychain, set CODEX_BRIDGE_SECRET_STORE=file to keep the tokens in a file only you can read.</source>
        <translation>キーチェーンのないマシンでは、CODEX_BRIDGE_SECRET_STORE=file を設定すると、トークンを自分だけが読めるファイルに保存できます。</translation>
    </message>
    <message>
        <source>access was denied when the keychain asked</source>
        <translation>キーチェーンの確認でアクセスが拒否されました</translation>
    </message>
    <message>
        <source>the keychain is locked or denied access (%1)</source>
        <translation>キーチェーンがロックされているか、アクセスが拒否されました（%1）</translation>
    </message>
    <message>
        <source>no keychain (Secret Service) is available (%1)</source>
        <translation>利用できるキーチェーン（Secret Service）がありません（%1）</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) could not be used (%1)</source>
        <translation>キーチェーン（Secret Service）を使用できませんでした（%1）</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2。%3</translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 seconds (it may be locked and waiting for a password, or the Secret Service is not responding). %3</source>
        <translation>%1: キーチェーンが %2 秒以内に応答しませんでした（ロックされていてパスワードを待っているか、Secret Service が応答していない可能性があります）。%3</translation>
    </message>
    <message>
        <source>%1: the keychain is locked; unlock it (for example by logging in to the desktop session) and try again. %2</source>
        <translation>%1: キーチェーンがロックされています。ロックを解除して（たとえばデスクトップセッションにログインして）もう一度お試しください。%2</translation>
    </message>
    <message>
        <source>Could not read the tokens of %1 from the OS keychain</source>
        <translation>OS のキーチェーンから %1 のトークンを読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not store the tokens of %1 in the OS keychain</source>
        <translation>OS のキーチェーンに %1 のトークンを保存できませんでした</translation>
    </message>
    <message>
        <source>Could not delete the tokens of %1 from the OS keychain</source>
        <translation>OS のキーチェーンから %1 のトークンを削除できませんでした</translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message>
        <source>Cannot write the management key %1: %2</source>
        <translation>管理キー %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>The management key is wrong.</source>
        <translation>管理キーが正しくありません。</translation>
    </message>
    <message>
        <source>Account management needs the management key (header X-Codex-Bridge-Key, from %1 in the config dir) or a request from the Codex Bridge dashboard.</source>
        <translation>アカウント管理には管理キー（ヘッダー X-Codex-Bridge-Key、設定フォルダー内の %1 から取得）または Codex Bridge ダッシュボードからのリクエストが必要です。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 ではメソッド %1 は使用できません。</translation>
    </message>
    <message>
        <source>Sign-in callbacks are not taken on this port.</source>
        <translation>このポートではサインインのコールバックを受け付けません。</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>%1 %2 に対応するルートがありません。</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1</source>
        <translation>サインインを開始できません: %1</translation>
    </message>
    <message>
        <source>Send {&quot;email&quot;: &quot;...&quot;} to choose the account.</source>
        <translation>アカウントを選択するには {&quot;email&quot;: &quot;...&quot;} を送信してください。</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>アカウント %1 はありません。</translation>
    </message>
    <message>
        <source>Switched to account: %1</source>
        <translation>アカウントを切り替えました: %1</translation>
    </message>
    <message>
        <source>Removed account: %1</source>
        <translation>アカウントを削除しました: %1</translation>
    </message>
    <message>
        <source>There is no active account.</source>
        <translation>アクティブなアカウントがありません。</translation>
    </message>
    <message>
        <source>Quota tracking is not running.</source>
        <translation>クォータの追跡は実行されていません。</translation>
    </message>
    <message>
        <source>Usage statistics are not running.</source>
        <translation>使用状況の統計は実行されていません。</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model catalogue is not a JSON object.</source>
        <translation>モデルカタログが JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>The model catalogue has no &quot;models&quot; list.</source>
        <translation>モデルカタログに &quot;models&quot; リストがありません。</translation>
    </message>
    <message>
        <source>The model catalogue lists no model.</source>
        <translation>モデルカタログにモデルがありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ModelMapper</name>
    <message>
        <source>The model for &quot;%1&quot; must be a model name; the entry was ignored.</source>
        <translation>&quot;%1&quot; のモデルはモデル名である必要があります。このエントリは無視されました。</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be an object; it was ignored.</source>
        <translation>&quot;families&quot; はオブジェクトである必要があります。無視されました。</translation>
    </message>
    <message>
        <source>Unknown model family &quot;%1&quot; (use opus, sonnet or haiku); it was ignored.</source>
        <translation>不明なモデルファミリー &quot;%1&quot; です（opus、sonnet、haiku のいずれかを使用してください）。無視されました。</translation>
    </message>
    <message>
        <source>&quot;aliases&quot; must be an object; it was ignored.</source>
        <translation>&quot;aliases&quot; はオブジェクトである必要があります。無視されました。</translation>
    </message>
    <message>
        <source>An alias with an empty name was ignored.</source>
        <translation>名前が空のエイリアスは無視されました。</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackResult</name>
    <message>
        <source>The sign-in reply does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>このサインインの応答ではありません（state が一致しません）。サインインをやり直してください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied in the browser.</source>
        <translation>ブラウザーでサインインがキャンセルされたか、アクセスが拒否されました。</translation>
    </message>
    <message>
        <source>The sign-in failed: %1.</source>
        <translation>サインインに失敗しました: %1。</translation>
    </message>
    <message>
        <source>The sign-in failed: %1 (%2).</source>
        <translation>サインインに失敗しました: %1（%2）。</translation>
    </message>
    <message>
        <source>That is neither the address the browser was sent to after signing in nor an authorization code.</source>
        <translation>これはサインイン後にブラウザーが移動したアドレスでも、認可コードでもありません。</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackServer</name>
    <message>
        <source>Cannot receive the sign-in: the callback port(s) %1 on localhost are in use by another program (is another sign-in or the Codex CLI login running?). Close it and try again.</source>
        <translation>サインインを受信できません: localhost のコールバックポート %1 が別のプログラムで使用されています（別のサインインまたは Codex CLI のログインが実行中ではありませんか？）。そのプログラムを終了してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>サインインはキャンセルされました。</translation>
    </message>
    <message>
        <source>Signed in to Codex Bridge</source>
        <translation>Codex Bridge にサインインしました</translation>
    </message>
    <message>
        <source>Codex Bridge sign-in failed</source>
        <translation>Codex Bridge へのサインインに失敗しました</translation>
    </message>
    <message>
        <source>You can close this tab and return to Codex Bridge.</source>
        <translation>このタブを閉じて Codex Bridge に戻ってください。</translation>
    </message>
    <message>
        <source>This sign-in has already been handled. Start a new one if needed.</source>
        <translation>このサインインは既に処理されています。必要に応じて新しく開始してください。</translation>
    </message>
</context>
<context>
    <name>OAuthLoginFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: no answer came back from the browser within %n minute(s).</source>
        <translation>
            <numerusform>サインインがタイムアウトしました: %n 分以内にブラウザーから応答がありませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>サインインに失敗しました: %1</translation>
    </message>
    <message>
        <source>Signing in failed: the sign-in server did not say which ChatGPT account this is.</source>
        <translation>サインインに失敗しました: サインインサーバーからどの ChatGPT アカウントかが返されませんでした。</translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>Could not reach the sign-in server: %1</source>
        <translation>サインインサーバーに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>The ChatGPT login has expired or was used elsewhere (%1). Sign in again.</source>
        <translation>ChatGPT のログインの有効期限が切れたか、別の場所で使用されました（%1）。再度サインインしてください。</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable (HTTP %1). Try again later.</source>
        <translation>サインインサーバーを利用できません（HTTP %1）。後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>サインインサーバーがリクエストを拒否しました（HTTP %1）。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1, %2).</source>
        <translation>サインインサーバーがリクエストを拒否しました（HTTP %1、%2）。</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer without an access token.</source>
        <translation>サインインサーバーからアクセストークンのない応答が返されました。</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider needs a name or an id made of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>プロバイダーには、英字、数字、&apos;-&apos;、&apos;_&apos; からなる名前または ID が必要です。</translation>
    </message>
    <message>
        <source>The base URL of provider %1 must be an http(s) URL such as http://127.0.0.1:11434/v1.</source>
        <translation>プロバイダー %1 のベース URL は http://127.0.0.1:11434/v1 のような http(s) URL である必要があります。</translation>
    </message>
    <message>
        <source>Provider %1 has an invalid extra header.</source>
        <translation>プロバイダー %1 の追加ヘッダーが無効です。</translation>
    </message>
    <message>
        <source>Provider %1: the header %2 is set by the proxy (put an API key in the API key field).</source>
        <translation>プロバイダー %1: ヘッダー %2 はプロキシが設定します（API キーは API キー欄に入力してください）。</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>the model list is not in the OpenAI format</source>
        <translation>モデル一覧が OpenAI の形式ではありません</translation>
    </message>
</context>
<context>
    <name>ProviderExchange</name>
    <message>
        <source>the provider sent an empty reply</source>
        <translation>プロバイダーが空の応答を返しました</translation>
    </message>
</context>
<context>
    <name>ProviderRouting</name>
    <message>
        <source>Every routing rule needs a model name or family to match.</source>
        <translation>各ルーティングルールには、照合するモデル名またはモデルファミリーが必要です。</translation>
    </message>
    <message>
        <source>The routing rule for %1 names an unknown provider &quot;%2&quot;.</source>
        <translation>%1 のルーティングルールで指定されたプロバイダー &quot;%2&quot; は不明です。</translation>
    </message>
    <message>
        <source>The fallback names an unknown provider &quot;%1&quot;.</source>
        <translation>フォールバックで指定されたプロバイダー &quot;%1&quot; は不明です。</translation>
    </message>
    <message>
        <source>The fallback needs a model.</source>
        <translation>フォールバックにはモデルが必要です。</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsApi</name>
    <message>
        <source>Settings are not available.</source>
        <translation>設定を利用できません。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 ではメソッド %1 は使用できません。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>リクエスト本文は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>haikuKiloModel: a model name (string) is required.</source>
        <translation>haikuKiloModel: モデル名（文字列）が必要です。</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>プロバイダー &quot;%1&quot; は存在しません。</translation>
    </message>
    <message>
        <source>action: one of add, update, remove, test, routes is required.</source>
        <translation>action: add、update、remove、test、routes のいずれかが必要です。</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; update it instead.</source>
        <translation>プロバイダー &quot;%1&quot; は既に存在します。代わりに更新してください。</translation>
    </message>
</context>
<context>
    <name>ProviderStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); no provider is used and the file is left untouched.</source>
        <translation>%1 は有効な JSON ではありません（%2）。プロバイダーは使用されず、ファイルは変更されません。</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>ID が重複しています</translation>
    </message>
    <message>
        <source>Not saving providers: %1 could not be read; fix or remove it first.</source>
        <translation>プロバイダーを保存しません: %1 を読み込めませんでした。先に修正または削除してください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>No secret store is available for the API key.</source>
        <translation>API キーに使用できるシークレットストアがありません。</translation>
    </message>
    <message>
        <source>Cannot store the API key of %1: %2</source>
        <translation>%1 の API キーを保存できません: %2</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>プロバイダー %1 は存在しません。</translation>
    </message>
</context>
<context>
    <name>ProvidersClient</name>
    <message>
        <source>Codex Bridge is not running; providers can be managed once it has started.</source>
        <translation>Codex Bridge が実行されていません。起動後にプロバイダーを管理できます。</translation>
    </message>
    <message numerus="yes">
        <source>Codex Bridge did not answer within %n second(s).</source>
        <translation>
            <numerusform>Codex Bridge が %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Codex Bridge does not answer at %1 (%2). Is it running?</source>
        <translation>Codex Bridge が %1 で応答しません（%2）。実行されていますか？</translation>
    </message>
    <message>
        <source>Codex Bridge answered with HTTP status %1.</source>
        <translation>Codex Bridge が HTTP ステータス %1 を返しました。</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>OpenAI-compatible servers beside your ChatGPT subscription: a local Ollama, LM Studio or llama.cpp server, or a gateway such as OpenRouter. Changes here apply at once.</source>
        <translation>ChatGPT のサブスクリプションと併用する OpenAI 互換サーバー：ローカルの Ollama、LM Studio、llama.cpp サーバー、または OpenRouter などのゲートウェイ。ここでの変更はすぐに反映されます。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>ベース URL</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>プロバイダーの追加</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名前:</translation>
    </message>
    <message>
        <source>e.g. Local Ollama</source>
        <translation>例: ローカル Ollama</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>ベース URL:</translation>
    </message>
    <message>
        <source>As for the OpenAI SDK, e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</source>
        <translation>OpenAI SDK と同じ形式です。例: http://127.0.0.1:11434/v1（Ollama）、http://127.0.0.1:1234/v1（LM Studio）、https://openrouter.ai/api/v1</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API キー:</translation>
    </message>
    <message>
        <source>empty for local servers; kept in the system keychain</source>
        <translation>ローカルサーバーでは空欄。システムのキーチェーンに保存されます</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>optional, comma-separated; the connection test fetches them</source>
        <translation>省略可、カンマ区切り。接続テストで取得されます</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>テスト</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <source>Claude Haiku requests</source>
        <translation>Claude Haiku のリクエスト</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>送信先:</translation>
    </message>
    <message>
        <source>ChatGPT subscription</source>
        <translation>ChatGPT のサブスクリプション</translation>
    </message>
    <message>
        <source>Claude Code sends light background work (titles, summaries) to its Haiku model; a provider model can take it and spare your ChatGPT quota.</source>
        <translation>Claude Code は軽いバックグラウンド処理（タイトル、要約）を Haiku モデルに送ります。プロバイダーのモデルに任せると、ChatGPT のクォータを節約できます。</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>キーチェーン内</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>%1 を追加できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was added. Testing the connection…</source>
        <translation>%1 を追加しました。接続をテストしています…</translation>
    </message>
    <message>
        <source>Could not test %1: %2</source>
        <translation>%1 をテストできませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 answers: %n model(s).</source>
        <translation>
            <numerusform>%1 が応答しました: モデル %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 が応答しませんでした: %2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2: %3</source>
        <translation>%1 が HTTP ステータス %2 を返しました: %3</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>プロバイダーを削除</translation>
    </message>
    <message>
        <source>Remove %1? Its API key is deleted from the keychain, and the requests routed to it go to your ChatGPT subscription again.</source>
        <translation>%1 を削除しますか？API キーはキーチェーンから削除され、このプロバイダーに送られていたリクエストは再び ChatGPT のサブスクリプションに送られます。</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Claude Haiku requests were not rerouted: %1</source>
        <translation>Claude Haiku のリクエストの送信先を変更できませんでした: %1</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to %1.</source>
        <translation>Claude Haiku のリクエストは %1 に送られるようになりました。</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to your ChatGPT subscription.</source>
        <translation>Claude Haiku のリクエストは ChatGPT のサブスクリプションに送られるようになりました。</translation>
    </message>
</context>
<context>
    <name>ProxyExchange</name>
    <message>
        <source>the upstream stream ended without a terminal event</source>
        <translation>アップストリームのストリームが終了イベントなしで終わりました</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using defaults and leaving the file untouched.</source>
        <translation>%1 は有効な JSON ではありません（%2）。既定値を使用し、ファイルは変更しません。</translation>
    </message>
    <message>
        <source>Ignoring invalid port in %1</source>
        <translation>%1 の無効なポートを無視します</translation>
    </message>
    <message>
        <source>Ignoring invalid rotation in %1 (expected off, sticky or round-robin)</source>
        <translation>%1 の無効なローテーション設定を無視します（off、sticky、round-robin のいずれかが必要です）</translation>
    </message>
    <message>
        <source>Not saving settings: the existing file could not be read.</source>
        <translation>設定を保存しません: 既存のファイルを読み込めませんでした。</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
</context>
<context>
    <name>ProxyWorker</name>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 は待ち受け可能な IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>%1 のポート %2 で待ち受けできません: %3</translation>
    </message>
    <message>
        <source>Codex Bridge is quitting; the request was cut.</source>
        <translation>Codex Bridge を終了しているため、リクエストは中断されました。</translation>
    </message>
    <message>
        <source>The proxy is not running.</source>
        <translation>プロキシは実行されていません。</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key.</source>
        <translation>クライアントキーなしで %1 で待ち受けることはできません。</translation>
    </message>
</context>
<context>
    <name>QuotaAlerts</name>
    <message>
        <source>Sign-in needed</source>
        <translation>サインインが必要です</translation>
    </message>
    <message>
        <source>ChatGPT no longer accepts the sign-in of %1. Choose &quot;Add ChatGPT account…&quot; to sign in again.</source>
        <translation>ChatGPT は %1 のサインインを受け付けなくなりました。「ChatGPT アカウントを追加…」を選んで再度サインインしてください。</translation>
    </message>
    <message>
        <source>ChatGPT limit reached</source>
        <translation>ChatGPT の上限に達しました</translation>
    </message>
    <message>
        <source>%1 has used up its quota.</source>
        <translation>%1 はクォータを使い切りました。</translation>
    </message>
    <message>
        <source>%1 has used up its quota; it %2.</source>
        <translation>%1 はクォータを使い切りました（%2）。</translation>
    </message>
    <message>
        <source>ChatGPT quota low</source>
        <translation>ChatGPT のクォータ残りわずか</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>サインインしました</translation>
    </message>
    <message>
        <source>%1 is ready to use.</source>
        <translation>%1 を使用できるようになりました。</translation>
    </message>
</context>
<context>
    <name>QuotaBarsWidget</name>
    <message>
        <source>Quota of the active account</source>
        <translation>アクティブなアカウントのクォータ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>%1 時間 %2 分後にリセット</translation>
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
        <translation>%1%</translation>
    </message>
    <message>
        <source>resets now</source>
        <translation>まもなくリセット</translation>
    </message>
    <message>
        <source>resets in %1 d %2 h</source>
        <translation>%1 日 %2 時間後にリセット</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>%1 時間 %2 分後にリセット</translation>
    </message>
    <message>
        <source>resets in %1 m</source>
        <translation>%1 分後にリセット</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>1 週間</translation>
    </message>
    <message numerus="yes">
        <source>%n-day</source>
        <translation>
            <numerusform>%n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute</source>
        <translation>
            <numerusform>%n 分</numerusform>
        </translation>
    </message>
    <message>
        <source>5-hour</source>
        <translation>5 時間</translation>
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
        <translation>クォータ不明</translation>
    </message>
    <message>
        <source>5 h %1 · week %2</source>
        <extracomment>Short quota summary: 5-hour window share, then weekly share, e.g. &quot;5 h 42 % · week 13 %&quot;</extracomment>
        <translation>5 時間 %1 · 週 %2</translation>
    </message>
</context>
<context>
    <name>QuotaSnapshot</name>
    <message>
        <source>The usage reply is not a JSON object.</source>
        <translation>使用状況の応答が JSON オブジェクトではありません。</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Requests from web pages are not allowed (Origin %1).</source>
        <translation>Web ページからのリクエストは許可されていません（Origin %1）。</translation>
    </message>
    <message>
        <source>Cross-site requests are not allowed.</source>
        <translation>クロスサイトリクエストは許可されていません。</translation>
    </message>
    <message>
        <source>The Host header is missing.</source>
        <translation>Host ヘッダーがありません。</translation>
    </message>
    <message>
        <source>Host %1 is not this proxy; use http://127.0.0.1 or http://localhost.</source>
        <translation>ホスト %1 はこのプロキシではありません。http://127.0.0.1 または http://localhost を使用してください。</translation>
    </message>
    <message>
        <source>This proxy requires its client key (x-api-key or Authorization: Bearer).</source>
        <translation>このプロキシにはクライアントキーが必要です（x-api-key または Authorization: Bearer）。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Unknown secret store &quot;%1&quot; in CODEX_BRIDGE_SECRET_STORE (supported: keychain, the default, and file).</source>
        <translation>CODEX_BRIDGE_SECRET_STORE のシークレットストア &quot;%1&quot; は不明です（サポート対象: keychain（既定）と file）。</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>待ち受けるアドレス（既定値: 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Port to listen on (default 8081; 0 picks a free one).</source>
        <translation>待ち受けるポート（既定値: 8081。0 を指定すると空いているポートを選択）。</translation>
    </message>
    <message>
        <source>Key clients must send (x-api-key or Authorization: Bearer). Required when listening on a non-loopback address. Also CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>クライアントが送信する必要のあるキー（x-api-key または Authorization: Bearer）。ループバック以外のアドレスで待ち受ける場合は必須です。CODEX_BRIDGE_CLIENT_KEY でも指定できます。</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>無効なポートです: %1</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key: anyone who can reach this address could use your ChatGPT subscription. Set one with --client-key or CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>クライアントキーなしで %1 で待ち受けることはできません。このアドレスに到達できる人は誰でもあなたの ChatGPT サブスクリプションを使用できてしまいます。--client-key または CODEX_BRIDGE_CLIENT_KEY で設定してください。</translation>
    </message>
    <message>
        <source>Run the proxy without a user interface.</source>
        <translation>ユーザーインターフェイスなしでプロキシを実行します。</translation>
    </message>
    <message>
        <source>Run the proxy.</source>
        <translation>プロキシを実行します。</translation>
    </message>
</context>
<context>
    <name>SettingsApi</name>
    <message>
        <source>The bind address must be an IP address (127.0.0.1, ::1, 0.0.0.0…) or localhost.</source>
        <translation>バインドアドレスは IP アドレス（127.0.0.1、::1、0.0.0.0…）または localhost である必要があります。</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>ポートは 1 から 65535 までの整数である必要があります。</translation>
    </message>
    <message>
        <source>The client key must be empty (none) or %1 to %2 printable characters without spaces.</source>
        <translation>クライアントキーは空（なし）にするか、空白を含まない %1～%2 文字の印字可能文字にする必要があります。</translation>
    </message>
    <message>
        <source>The rotation must be off, sticky or round-robin.</source>
        <translation>ローテーションは off、sticky、round-robin のいずれかである必要があります。</translation>
    </message>
    <message>
        <source>The model mapping must be an object {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}.</source>
        <translation>モデルの対応付けは {&quot;families&quot;:{…},&quot;aliases&quot;:{…}} というオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>systemAsInstructions must be true or false.</source>
        <translation>systemAsInstructions は true または false である必要があります。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>不明な設定 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Listening on %1 needs a client key: anyone who can reach that address could use your ChatGPT subscription.</source>
        <translation>%1 で待ち受けるにはクライアントキーが必要です。そのアドレスに到達できる人は誰でもあなたの ChatGPT サブスクリプションを使用できてしまいます。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on /settings.</source>
        <translation>/settings ではメソッド %1 は使用できません。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object of settings.</source>
        <translation>リクエスト本文は設定の JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The settings are in effect until the proxy stops, but could not be saved: %1</source>
        <translation>設定はプロキシが停止するまで有効ですが、保存できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Codex Bridge Settings</source>
        <translation>Codex Bridge の設定</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>待ち受けアドレス:</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the proxy to this computer. Any other address needs a client key.</source>
        <translation>127.0.0.1 ではプロキシはこのコンピューター内でのみ使用できます。それ以外のアドレスにはクライアントキーが必要です。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>クライアントキー:</translation>
    </message>
    <message>
        <source>none (only this computer can connect)</source>
        <translation>なし（このコンピューターからのみ接続可能）</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>モデル:</translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation>要求されたモデル</translation>
    </message>
    <message>
        <source>ChatGPT model</source>
        <translation>ChatGPT モデル</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>エイリアスを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Account rotation:</source>
        <translation>アカウントのローテーション:</translation>
    </message>
    <message>
        <source>Off — use the active account</source>
        <translation>オフ — アクティブなアカウントを使用</translation>
    </message>
    <message>
        <source>Sticky — keep a session on one account until it runs out</source>
        <translation>固定 — 使い切るまでセッションを 1 つのアカウントに保持</translation>
    </message>
    <message>
        <source>Round robin — spread requests over all accounts</source>
        <translation>ラウンドロビン — すべてのアカウントにリクエストを分散</translation>
    </message>
    <message>
        <source>Start Codex Bridge at login</source>
        <translation>ログイン時に Codex Bridge を起動</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Claude %1 (any version)</source>
        <translation>Claude %1（全バージョン）</translation>
    </message>
    <message>
        <source>Enter the address to listen on, e.g. 127.0.0.1.</source>
        <translation>待ち受けるアドレスを入力してください（例: 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers use your ChatGPT subscription: set a client key first.</source>
        <translation>%1 で待ち受けると、他のコンピューターがあなたの ChatGPT サブスクリプションを使用できるようになります。先にクライアントキーを設定してください。</translation>
    </message>
    <message>
        <source>Each alias needs both a requested model and a ChatGPT model.</source>
        <translation>各エイリアスには、要求されたモデルと ChatGPT モデルの両方が必要です。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
</context>
<context>
    <name>StreamingPost</name>
    <message>
        <source>the stream stalled for %1 s</source>
        <translation>ストリームが %1 秒間停止しました</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありませんでした</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>The ChatGPT account %1 cannot be refreshed (%2); sign in again (`codex-bridge accounts add`).</source>
        <translation>ChatGPT アカウント %1 を更新できません（%2）。再度サインインしてください（`codex-bridge accounts add`）。</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>リフレッシュトークンがありません</translation>
    </message>
    <message>
        <source>no account store</source>
        <translation>アカウントストアがありません</translation>
    </message>
    <message>
        <source>The refreshed sign-in of ChatGPT account %1 could not be stored: %2</source>
        <translation>ChatGPT アカウント %1 の更新されたサインイン情報を保存できませんでした: %2</translation>
    </message>
    <message>
        <source>The sign-in of ChatGPT account %1 is no longer valid (%2): sign in again (`codex-bridge accounts add`).</source>
        <translation>ChatGPT アカウント %1 のサインインは無効になりました（%2）。再度サインインしてください（`codex-bridge accounts add`）。</translation>
    </message>
    <message>
        <source>Could not refresh the sign-in of ChatGPT account %1 (%2); try again shortly.</source>
        <translation>ChatGPT アカウント %1 のサインインを更新できませんでした（%2）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The sign-in server refused to refresh ChatGPT account %1 (%2).</source>
        <translation>サインインサーバーが ChatGPT アカウント %1 の更新を拒否しました（%2）。</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>tools: must be an array of tool definitions</source>
        <translation>tools: ツール定義の配列である必要があります</translation>
    </message>
    <message>
        <source>%1: each tool must be an object</source>
        <translation>%1: 各ツールはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1.type: must be a string</source>
        <translation>%1.type: 文字列である必要があります</translation>
    </message>
    <message>
        <source>%1.name: field required (a non-empty string)</source>
        <translation>%1.name: 必須フィールドです（空でない文字列）</translation>
    </message>
    <message>
        <source>system.%1: must be a text block with a string &quot;text&quot;</source>
        <translation>system.%1: 文字列 &quot;text&quot; を持つテキストブロックである必要があります</translation>
    </message>
    <message>
        <source>system: must be a string or an array of text blocks</source>
        <translation>system: 文字列またはテキストブロックの配列である必要があります</translation>
    </message>
    <message>
        <source>%1: each message must be an object</source>
        <translation>%1: 各メッセージはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1.role: must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;</source>
        <translation>%1.role: &quot;user&quot;、&quot;assistant&quot;、&quot;system&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <source>%1.content.%2: each content block must be an object with a string &quot;type&quot;</source>
        <translation>%1.content.%2: 各コンテンツブロックは文字列 &quot;type&quot; を持つオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1.content: must be a string or an array of content blocks</source>
        <translation>%1.content: 文字列またはコンテンツブロックの配列である必要があります</translation>
    </message>
    <message>
        <source>%1.text: must be a string</source>
        <translation>%1.text: 文字列である必要があります</translation>
    </message>
    <message>
        <source>%1.source: field required (an object)</source>
        <translation>%1.source: 必須フィールドです（オブジェクト）</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;image/png&quot;)</source>
        <translation>%1.source.media_type: 必須フィールドです（例: &quot;image/png&quot;）</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 image data)</source>
        <translation>%1.source.data: 必須フィールドです（base64 の画像データ）</translation>
    </message>
    <message>
        <source>%1.source.url: field required (a non-empty string)</source>
        <translation>%1.source.url: 必須フィールドです（空でない文字列）</translation>
    </message>
    <message>
        <source>%1.source.type: image source &quot;%2&quot; is not supported (use &quot;base64&quot; or &quot;url&quot;)</source>
        <translation>%1.source.type: 画像ソース &quot;%2&quot; はサポートされていません（&quot;base64&quot; または &quot;url&quot; を使用してください）</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;application/pdf&quot;)</source>
        <translation>%1.source.media_type: 必須フィールドです（例: &quot;application/pdf&quot;）</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 document data)</source>
        <translation>%1.source.data: 必須フィールドです（base64 のドキュメントデータ）</translation>
    </message>
    <message>
        <source>%1.source.data: field required (the document text)</source>
        <translation>%1.source.data: 必須フィールドです（ドキュメントのテキスト）</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported (use &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; or &quot;content&quot;)</source>
        <translation>%1.source.type: ドキュメントソース &quot;%2&quot; はサポートされていません（&quot;base64&quot;、&quot;text&quot;、&quot;url&quot;、&quot;content&quot; のいずれかを使用してください）</translation>
    </message>
    <message>
        <source>%1.id: field required (a non-empty string)</source>
        <translation>%1.id: 必須フィールドです（空でない文字列）</translation>
    </message>
    <message>
        <source>%1.input: must be an object</source>
        <translation>%1.input: オブジェクトである必要があります</translation>
    </message>
    <message>
        <source>%1.tool_use_id: field required (a non-empty string)</source>
        <translation>%1.tool_use_id: 必須フィールドです（空でない文字列）</translation>
    </message>
    <message>
        <source>%1: each content block must be an object</source>
        <translation>%1: 各コンテンツブロックはオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>tool_choice: must be an object such as {&quot;type&quot;:&quot;auto&quot;}</source>
        <translation>tool_choice: {&quot;type&quot;:&quot;auto&quot;} のようなオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>tool_choice.name: field required when tool_choice.type is &quot;tool&quot;</source>
        <translation>tool_choice.name: tool_choice.type が &quot;tool&quot; の場合は必須フィールドです</translation>
    </message>
    <message>
        <source>tool_choice.name: no tool named &quot;%1&quot; in tools</source>
        <translation>tool_choice.name: tools に &quot;%1&quot; という名前のツールがありません</translation>
    </message>
    <message>
        <source>tool_choice.type: must be &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; or &quot;none&quot;</source>
        <translation>tool_choice.type: &quot;auto&quot;、&quot;any&quot;、&quot;tool&quot;、&quot;none&quot; のいずれかである必要があります</translation>
    </message>
    <message>
        <source>thinking.budget_tokens: must be an integer</source>
        <translation>thinking.budget_tokens: 整数である必要があります</translation>
    </message>
    <message>
        <source>thinking: must be an object such as {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192}</source>
        <translation>thinking: {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192} のようなオブジェクトである必要があります</translation>
    </message>
    <message>
        <source>output_config.format.schema: field required (a JSON schema object)</source>
        <translation>output_config.format.schema: 必須フィールドです（JSON スキーマオブジェクト）</translation>
    </message>
    <message>
        <source>system.%1: only text blocks are supported in the system prompt</source>
        <translation>system.%1: システムプロンプトではテキストブロックのみサポートされています</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 image</source>
        <translation>%1.source: base64 画像には media_type と data が必要です</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 document</source>
        <translation>%1.source: base64 ドキュメントには media_type と data が必要です</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported</source>
        <translation>%1.source.type: ドキュメントソース &quot;%2&quot; はサポートされていません</translation>
    </message>
    <message>
        <source>%1.type: content block type &quot;%2&quot; is not supported here</source>
        <translation>%1.type: コンテンツブロックの種類 &quot;%2&quot; はここではサポートされていません</translation>
    </message>
    <message>
        <source>%1: a tool_use block needs an id and a name</source>
        <translation>%1: tool_use ブロックには id と name が必要です</translation>
    </message>
    <message>
        <source>tools: must be an array</source>
        <translation>tools: 配列である必要があります</translation>
    </message>
    <message>
        <source>tools.%1.name: field required</source>
        <translation>tools.%1.name: 必須フィールドです</translation>
    </message>
    <message>
        <source>tool_choice: expected {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (with a name)}</source>
        <translation>tool_choice: {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot;（name 付き）} である必要があります</translation>
    </message>
    <message>
        <source>messages: field required (an array)</source>
        <translation>messages: 必須フィールドです（配列）</translation>
    </message>
    <message>
        <source>max_tokens: must be a number</source>
        <translation>max_tokens: 数値である必要があります</translation>
    </message>
    <message>
        <source>stop_sequences: must be an array of strings</source>
        <translation>stop_sequences: 文字列の配列である必要があります</translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>No desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>デスクトップセッションが見つかりません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。</translation>
    </message>
</context>
<context>
    <name>TrayCommand</name>
    <message>
        <source>To run the proxy without a user interface, use: codex-bridge serve</source>
        <translation>ユーザーインターフェイスなしでプロキシを実行するには、次を使用してください: codex-bridge serve</translation>
    </message>
    <message>
        <source>Codex Bridge in the system tray.</source>
        <translation>システムトレイの Codex Bridge。</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Codex Bridge could not start</source>
        <translation>Codex Bridge を起動できませんでした</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>サインインに失敗しました</translation>
    </message>
    <message>
        <source>Could not switch the account</source>
        <translation>アカウントを切り替えられませんでした</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Add ChatGPT account…</source>
        <translation>ChatGPT アカウントを追加…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>サインインをキャンセル</translation>
    </message>
    <message>
        <source>Use with Claude Code</source>
        <translation>Claude Code で使用</translation>
    </message>
    <message>
        <source>Copy shell setup</source>
        <translation>シェル設定をコピー</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>ダッシュボードを開く</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>設定…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>ログイン時に起動</translation>
    </message>
    <message>
        <source>About Codex Bridge</source>
        <translation>Codex Bridge について</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>サインインが必要</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>無効</translation>
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
        <translation>停止中: %1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 · %n request(s) today</source>
        <translation>
            <numerusform>%1 で待ち受け中 · 本日のリクエスト %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>ブラウザーでのサインインを待っています…</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT</source>
        <translation>ChatGPT にサインイン</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>サインインするには、このアドレスをブラウザーで開いてください:</translation>
    </message>
    <message>
        <source>Shell setup copied</source>
        <translation>シェル設定をコピーしました</translation>
    </message>
    <message>
        <source>Paste it into a terminal; Claude Code and OpenAI clients started there will use Codex Bridge.</source>
        <translation>ターミナルに貼り付けてください。そのターミナルで起動した Claude Code や OpenAI クライアントは Codex Bridge を使用します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Use Claude Code and OpenAI clients with your ChatGPT subscription.&lt;/p&gt;&lt;p&gt;Listening on %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;ChatGPT のサブスクリプションで Claude Code や OpenAI クライアントを使用できます。&lt;/p&gt;&lt;p&gt;%2 で待ち受け中&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>設定は適用されませんでした</translation>
    </message>
    <message>
        <source>Use with Claude Code (update needed)</source>
        <translation>Claude Code で使用（更新が必要）</translation>
    </message>
    <message>
        <source>Claude Code points at Codex Bridge with an old address, key or model mapping.</source>
        <translation>Claude Code は古いアドレス、キー、またはモデルの対応付けで Codex Bridge を指しています。</translation>
    </message>
    <message>
        <source>Use with Claude Code (settings file unreadable)</source>
        <translation>Claude Code で使用（設定ファイルを読み込めません）</translation>
    </message>
    <message>
        <source>Claude Code settings not changed</source>
        <translation>Claude Code の設定は変更されませんでした</translation>
    </message>
    <message>
        <source>Fix the file (or remove it), then try again.</source>
        <translation>ファイルを修正（または削除）してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge. Start a new `claude` session to pick it up.</source>
        <translation>Claude Code は Codex Bridge を使用するようになりました。反映するには新しい `claude` セッションを開始してください。</translation>
    </message>
    <message>
        <source>Claude Code settings restored.</source>
        <translation>Claude Code の設定を復元しました。</translation>
    </message>
    <message>
        <source>Claude Code: on</source>
        <translation>Claude Code: オン</translation>
    </message>
    <message>
        <source>Claude Code: off</source>
        <translation>Claude Code: オフ</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Starting…</source>
        <translation>起動中…</translation>
    </message>
    <message>
        <source>Proxy not running</source>
        <translation>プロキシ停止中</translation>
    </message>
    <message>
        <source>No ChatGPT account</source>
        <translation>ChatGPT アカウントなし</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>サインインが必要です</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Quota low</source>
        <translation>クォータ残りわずか</translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation>クォータ切れ</translation>
    </message>
    <message>
        <source>Codex Bridge — %1</source>
        <translation>Codex Bridge — %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: %2 used</source>
        <translation>%1: %2 使用済み</translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>%1 を読み込めませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using the defaults.</source>
        <translation>%1 は有効な JSON ではありません（%2）。既定値を使用します。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>UpstreamFailure</name>
    <message>
        <source>ChatGPT rejected the sign-in (%1). Sign in again with `codex-bridge accounts add`.</source>
        <translation>ChatGPT がサインインを拒否しました（%1）。`codex-bridge accounts add` で再度サインインしてください。</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached; it resets at %1 (in %2 min).</source>
        <translation>ChatGPT の使用上限に達しました。%1 にリセットされます（%2 分後）。</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached: %1</source>
        <translation>ChatGPT の使用上限に達しました: %1</translation>
    </message>
    <message>
        <source>Prompt is too long: %1</source>
        <translation>プロンプトが長すぎます: %1</translation>
    </message>
    <message>
        <source>The ChatGPT backend is overloaded: %1</source>
        <translation>ChatGPT バックエンドが過負荷状態です: %1</translation>
    </message>
    <message>
        <source>The ChatGPT backend failed: %1</source>
        <translation>ChatGPT バックエンドでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>Could not reach the ChatGPT backend: %1</source>
        <translation>ChatGPT バックエンドに接続できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>UpstreamRequest</name>
    <message>
        <source>an upstream event exceeded %1 MB</source>
        <translation>アップストリームのイベントが %1 MB を超えました</translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>Cannot read %1: %2. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>%1 を読み込めません: %2。修正または削除されるまで、使用状況の統計は保存されません。</translation>
    </message>
    <message>
        <source>%1 is not a usage statistics file. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>%1 は使用状況の統計ファイルではありません。修正または削除されるまで、使用状況の統計は保存されません。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
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
        <translation>使い方: codex-bridge [コマンド] [オプション]

コマンドなし: システムトレイアプリケーション [--host ADDRESS] [--port PORT]

コマンド:
  serve [--host ADDRESS] [--port PORT] [--client-key KEY]
                       プロキシを実行します（既定値: http://127.0.0.1:8081）
  accounts add [--no-browser] | import [PATH] | list | switch EMAIL
           | remove EMAIL | clear | quota
                       ChatGPT アカウントを管理します
  claude on | off | status [--host ADDRESS] [--port PORT] [--client-key KEY]
                       Claude Code（~/.claude/settings.json）をこのプロキシに
                       向けるか、以前の設定に戻します
  --version            バージョンを表示します
  --help               このヘルプを表示します
</translation>
    </message>
</context>
</TS>
