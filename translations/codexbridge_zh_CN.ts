<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AccountRouter</name>
    <message>
        <source>No usable ChatGPT account in Codex Bridge: every account is disabled or needs to sign in again (`codex-bridge accounts add`).</source>
        <translation>Codex Bridge 中没有可用的 ChatGPT 账户：所有账户均已停用或需要重新登录（`codex-bridge accounts add`）。</translation>
    </message>
    <message>
        <source>Every ChatGPT account reached its usage limit; the first one resets at %1 (in %2 min).</source>
        <translation>所有 ChatGPT 账户均已达到使用限额；最早的一个将于 %1 重置（%2 分钟后）。</translation>
    </message>
    <message>
        <source>Every ChatGPT account failed just now; retry in %1 s.</source>
        <translation>所有 ChatGPT 账户刚刚均失败；请在 %1 秒后重试。</translation>
    </message>
</context>
<context>
    <name>AccountStore</name>
    <message>
        <source>No secret store is available.</source>
        <translation>没有可用的密钥存储。</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read (%2). It was left untouched; fix or remove it, or remove all accounts to start again.</source>
        <translation>无法读取账户文件 %1（%2）。该文件未被改动；请修复或删除它，或删除所有账户后重新开始。</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>written by a newer version of Codex Bridge</source>
        <translation>由更新版本的 Codex Bridge 写入</translation>
    </message>
    <message>
        <source>&quot;accounts&quot; is not a list</source>
        <translation>&quot;accounts&quot; 不是列表</translation>
    </message>
    <message>
        <source>an account entry is not an object with an email or an account id</source>
        <translation>某个账户条目不是包含电子邮件或账户 ID 的对象</translation>
    </message>
    <message>
        <source>The accounts file %1 could not be read, so it is not changed; fix or remove it first.</source>
        <translation>无法读取账户文件 %1，因此未作更改；请先修复或删除它。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>An account needs an email or an account id.</source>
        <translation>账户需要电子邮件或账户 ID。</translation>
    </message>
    <message>
        <source>The account %1 has no tokens.</source>
        <translation>账户 %1 没有令牌。</translation>
    </message>
    <message>
        <source>There is no account %1.</source>
        <translation>不存在账户 %1。</translation>
    </message>
    <message>
        <source>Cannot move the unreadable accounts file %1 aside.</source>
        <translation>无法将不可读的账户文件 %1 移到一旁。</translation>
    </message>
    <message>
        <source>No tokens are stored for the account %1; sign in again.</source>
        <translation>未存储账户 %1 的令牌；请重新登录。</translation>
    </message>
    <message>
        <source>The stored tokens of the account %1 are damaged; sign in again.</source>
        <translation>账户 %1 已存储的令牌已损坏；请重新登录。</translation>
    </message>
</context>
<context>
    <name>AccountsAddCommand</name>
    <message>
        <source>Sign in to a ChatGPT account and add it.</source>
        <translation>登录 ChatGPT 账户并添加它。</translation>
    </message>
    <message>
        <source>Do not open a browser: print the sign-in address and read the address the browser ends up on (or the code) from the terminal.</source>
        <translation>不打开浏览器：打印登录地址，并从终端读取浏览器最终到达的地址（或代码）。</translation>
    </message>
    <message>
        <source>Add a ChatGPT account.</source>
        <translation>添加 ChatGPT 账户。</translation>
    </message>
    <message>
        <source>Got the sign-in reply, finishing...</source>
        <translation>已收到登录回复，正在完成...</translation>
    </message>
    <message>
        <source>Signed in, but the account could not be stored: %1</source>
        <translation>已登录，但无法保存账户：%1</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>已以 %1（%2）身份登录。</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>未知套餐</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT in the browser window that just opened. If none opened, visit:</source>
        <translation>请在刚刚打开的浏览器窗口中登录 ChatGPT。如果没有打开窗口，请访问：</translation>
    </message>
    <message>
        <source>Open this address in a browser (on this or any other machine) and sign in to ChatGPT:</source>
        <translation>请在浏览器（本机或其他任何机器）中打开此地址并登录 ChatGPT：</translation>
    </message>
    <message>
        <source>Note: the sign-in reply cannot reach this program directly (the callback port is busy).</source>
        <translation>注意：登录回复无法直接到达本程序（回调端口被占用）。</translation>
    </message>
    <message>
        <source>After signing in, the browser goes to %1?code=... If that page does not say &quot;Signed in&quot; (for example because the browser runs on another machine), copy the whole address from the browser&apos;s address bar and paste it here, then press Enter:</source>
        <translation>登录后，浏览器会跳转到 %1?code=... 如果该页面没有显示“已登录”（例如浏览器运行在另一台机器上），请从浏览器地址栏复制完整地址并粘贴到此处，然后按 Enter：</translation>
    </message>
</context>
<context>
    <name>AccountsCommand</name>
    <message>
        <source>Manage ChatGPT accounts.</source>
        <translation>管理 ChatGPT 账户。</translation>
    </message>
    <message>
        <source>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</source>
        <translation>add [--no-browser] | import [PATH] | list | switch EMAIL | remove EMAIL | clear | quota</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>没有账户 %1。</translation>
    </message>
    <message>
        <source>Active account: %1.</source>
        <translation>当前账户：%1。</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Removed all accounts.</source>
        <translation>已移除所有账户。</translation>
    </message>
    <message>
        <source>Unknown or incomplete command: accounts %1</source>
        <translation>未知或不完整的命令：accounts %1</translation>
    </message>
    <message>
        <source>Could not store the account: %1</source>
        <translation>无法保存账户：%1</translation>
    </message>
    <message>
        <source>unknown plan</source>
        <translation>未知套餐</translation>
    </message>
    <message>
        <source>Updated %1 (%2).</source>
        <translation>已更新 %1（%2）。</translation>
    </message>
    <message>
        <source>Imported %1 (%2).</source>
        <translation>已导入 %1（%2）。</translation>
    </message>
    <message>
        <source>Note: Codex Bridge now refreshes its own copy of this login. Refresh tokens are single-use, so the Codex CLI may ask you to sign in again after Codex Bridge refreshed.</source>
        <translation>注意：Codex Bridge 现在会刷新自己的这份登录信息副本。刷新令牌只能使用一次，因此在 Codex Bridge 刷新之后，Codex CLI 可能会要求您重新登录。</translation>
    </message>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts import` or `codex-bridge accounts add`.</source>
        <translation>没有账户。请使用 `codex-bridge accounts import` 或 `codex-bridge accounts add` 添加。</translation>
    </message>
</context>
<context>
    <name>AccountsQuotaCommand</name>
    <message>
        <source>No accounts. Add one with `codex-bridge accounts add` or `codex-bridge accounts import`.</source>
        <translation>没有账户。请使用 `codex-bridge accounts add` 或 `codex-bridge accounts import` 添加。</translation>
    </message>
    <message>
        <source>cannot read its tokens: %1</source>
        <translation>无法读取其令牌：%1</translation>
    </message>
    <message>
        <source>the access token was refused (sign in again, or let the proxy refresh it by serving a request)</source>
        <translation>访问令牌被拒绝（请重新登录，或让代理在处理请求时刷新它）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>quota not available: %1</source>
        <translation>配额不可用：%1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>plan:    %1</source>
        <translation>套餐:    %1</translation>
    </message>
    <message>
        <source>5-hour:  %1</source>
        <translation>5 小时:  %1</translation>
    </message>
    <message>
        <source>weekly:  %1</source>
        <translation>每周:    %1</translation>
    </message>
    <message>
        <source>limit reached</source>
        <translation>已达上限</translation>
    </message>
    <message>
        <source>%1 % used</source>
        <translation>已用 %1%</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>, resets %1 (in %2)</source>
        <translation>，%1 重置（%2 后）</translation>
    </message>
</context>
<context>
    <name>AnthropicRequestTranslator</name>
    <message>
        <source>model: field required (a non-empty string)</source>
        <translation>model：必填字段（非空字符串）</translation>
    </message>
    <message>
        <source>messages: field required (an array of messages)</source>
        <translation>messages：必填字段（消息数组）</translation>
    </message>
    <message>
        <source>messages: must be an array of messages</source>
        <translation>messages：必须是消息数组</translation>
    </message>
    <message>
        <source>messages: at least one message is required</source>
        <translation>messages：至少需要一条消息</translation>
    </message>
</context>
<context>
    <name>ApiRouter</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>没有 %1 %2 的路由。</translation>
    </message>
    <message>
        <source>The request body is not valid JSON: %1 at offset %2.</source>
        <translation>请求正文不是有效的 JSON：偏移量 %2 处 %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求正文必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>messages: an array is required.</source>
        <translation>messages：需要一个数组。</translation>
    </message>
    <message>
        <source>model: a model name (string) is required.</source>
        <translation>model：需要模型名称（字符串）。</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Use Claude Code with your ChatGPT subscription</source>
        <translation>使用您的 ChatGPT 订阅运行 Claude Code</translation>
    </message>
    <message>
        <source>Could not change the Windows start-up entry.</source>
        <translation>无法更改 Windows 启动项。</translation>
    </message>
    <message>
        <source>Could not remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Could not create the folder of %1.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>ChatRequestTranslator</name>
    <message>
        <source>The request has no &quot;model&quot;.</source>
        <translation>请求中没有 &quot;model&quot;。</translation>
    </message>
    <message>
        <source>&quot;model&quot; must be a non-empty string.</source>
        <translation>&quot;model&quot; 必须是非空字符串。</translation>
    </message>
    <message>
        <source>Only &quot;n&quot;: 1 is supported: the ChatGPT backend returns one choice per request.</source>
        <translation>仅支持 &quot;n&quot;: 1：ChatGPT 后端每个请求只返回一个选项。</translation>
    </message>
    <message>
        <source>&quot;stream&quot; must be a boolean.</source>
        <translation>&quot;stream&quot; 必须是布尔值。</translation>
    </message>
    <message>
        <source>%1.name must be a non-empty string.</source>
        <translation>%1.name 必须是非空字符串。</translation>
    </message>
    <message>
        <source>&quot;tools&quot; must be an array.</source>
        <translation>&quot;tools&quot; 必须是数组。</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 必须是对象。</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; only &quot;function&quot; tools are.</source>
        <translation>不支持 %1.type &quot;%2&quot;；仅支持 &quot;function&quot; 工具。</translation>
    </message>
    <message>
        <source>%1.function must be an object.</source>
        <translation>%1.function 必须是对象。</translation>
    </message>
    <message>
        <source>&quot;functions&quot; must be an array.</source>
        <translation>&quot;functions&quot; 必须是数组。</translation>
    </message>
    <message>
        <source>&quot;web_search_options&quot; must be an object.</source>
        <translation>&quot;web_search_options&quot; 必须是对象。</translation>
    </message>
    <message>
        <source>%1.description must be a string.</source>
        <translation>%1.description 必须是字符串。</translation>
    </message>
    <message>
        <source>%1.parameters must be a JSON schema object.</source>
        <translation>%1.parameters 必须是 JSON schema 对象。</translation>
    </message>
    <message>
        <source>%1 must be &quot;auto&quot;, &quot;none&quot;, &quot;required&quot; or a function.</source>
        <translation>%1 必须是 &quot;auto&quot;、&quot;none&quot;、&quot;required&quot; 或一个函数。</translation>
    </message>
    <message>
        <source>%1.allowed_tools.mode must be &quot;auto&quot; or &quot;required&quot;.</source>
        <translation>%1.allowed_tools.mode 必须是 &quot;auto&quot; 或 &quot;required&quot;。</translation>
    </message>
    <message>
        <source>%1 must name a function: {&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}.</source>
        <translation>%1 必须指定一个函数：{&quot;type&quot;:&quot;function&quot;,&quot;function&quot;:{&quot;name&quot;:...}}。</translation>
    </message>
    <message>
        <source>%1 must be a string or an object.</source>
        <translation>%1 必须是字符串或对象。</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 必须是以下之一：%2。</translation>
    </message>
    <message>
        <source>&quot;response_format.json_schema&quot; needs a &quot;name&quot; and a &quot;schema&quot; object.</source>
        <translation>&quot;response_format.json_schema&quot; 需要 &quot;name&quot; 和 &quot;schema&quot; 对象。</translation>
    </message>
    <message>
        <source>&quot;response_format.type&quot; must be &quot;text&quot;, &quot;json_object&quot; or &quot;json_schema&quot;.</source>
        <translation>&quot;response_format.type&quot; 必须是 &quot;text&quot;、&quot;json_object&quot; 或 &quot;json_schema&quot;。</translation>
    </message>
    <message>
        <source>&quot;response_format&quot; must be an object.</source>
        <translation>&quot;response_format&quot; 必须是对象。</translation>
    </message>
    <message>
        <source>&quot;verbosity&quot; must be &quot;low&quot;, &quot;medium&quot; or &quot;high&quot;.</source>
        <translation>&quot;verbosity&quot; 必须是 &quot;low&quot;、&quot;medium&quot; 或 &quot;high&quot;。</translation>
    </message>
    <message>
        <source>The request has no &quot;messages&quot;.</source>
        <translation>请求中没有 &quot;messages&quot;。</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must be an array.</source>
        <translation>&quot;messages&quot; 必须是数组。</translation>
    </message>
    <message>
        <source>&quot;messages&quot; must contain at least one message.</source>
        <translation>&quot;messages&quot; 必须至少包含一条消息。</translation>
    </message>
    <message>
        <source>%1.role must be a string.</source>
        <translation>%1.role 必须是字符串。</translation>
    </message>
    <message>
        <source>%1.role &quot;%2&quot; is not supported; use system, developer, user, assistant or tool.</source>
        <translation>不支持 %1.role &quot;%2&quot;；请使用 system、developer、user、assistant 或 tool。</translation>
    </message>
    <message>
        <source>%1 must be a string or an array of content parts.</source>
        <translation>%1 必须是字符串或内容部分数组。</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not allowed here; only text parts are.</source>
        <translation>此处不允许 %1.type &quot;%2&quot;；仅允许文本部分。</translation>
    </message>
    <message>
        <source>%1 has no text.</source>
        <translation>%1 没有文本。</translation>
    </message>
    <message>
        <source>%1.text must be a string.</source>
        <translation>%1.text 必须是字符串。</translation>
    </message>
    <message>
        <source>%1.image_url.url must be a data: URL or an http(s) URL.</source>
        <translation>%1.image_url.url 必须是 data: URL 或 http(s) URL。</translation>
    </message>
    <message>
        <source>%1.file.file_id is not supported (there is no file store); send the file as file_data.</source>
        <translation>不支持 %1.file.file_id（没有文件存储）；请以 file_data 形式发送文件。</translation>
    </message>
    <message>
        <source>%1.file.file_data must be a non-empty string.</source>
        <translation>%1.file.file_data 必须是非空字符串。</translation>
    </message>
    <message>
        <source>%1: audio input is not supported by the ChatGPT backend.</source>
        <translation>%1：ChatGPT 后端不支持音频输入。</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported; use text, image_url or file.</source>
        <translation>不支持 %1.type &quot;%2&quot;；请使用 text、image_url 或 file。</translation>
    </message>
    <message>
        <source>%1 must be a string of JSON.</source>
        <translation>%1 必须是 JSON 字符串。</translation>
    </message>
    <message>
        <source>%1.tool_calls must be an array.</source>
        <translation>%1.tool_calls 必须是数组。</translation>
    </message>
    <message>
        <source>%1.id must be a non-empty string.</source>
        <translation>%1.id 必须是非空字符串。</translation>
    </message>
    <message>
        <source>%1.function.name must be a non-empty string.</source>
        <translation>%1.function.name 必须是非空字符串。</translation>
    </message>
    <message>
        <source>%1.function_call.name must be a non-empty string.</source>
        <translation>%1.function_call.name 必须是非空字符串。</translation>
    </message>
    <message>
        <source>%1.function_call must be an object.</source>
        <translation>%1.function_call 必须是对象。</translation>
    </message>
    <message>
        <source>%1.tool_call_id must be a non-empty string.</source>
        <translation>%1.tool_call_id 必须是非空字符串。</translation>
    </message>
    <message>
        <source>%1.type &quot;%2&quot; is not supported in a tool message; use text.</source>
        <translation>工具消息中不支持 %1.type &quot;%2&quot;；请使用 text。</translation>
    </message>
</context>
<context>
    <name>ChatStreamTranslator</name>
    <message>
        <source>The ChatGPT backend closed the stream before the response was complete.</source>
        <translation>ChatGPT 后端在响应完成之前关闭了流。</translation>
    </message>
    <message>
        <source>The ChatGPT backend reported a failure without details.</source>
        <translation>ChatGPT 后端报告了失败，但没有详细信息。</translation>
    </message>
</context>
<context>
    <name>ClaudeCommand</name>
    <message>
        <source>Point Claude Code (its settings.json) at this proxy, or back.</source>
        <translation>将 Claude Code（其 settings.json）指向此代理，或恢复原状。</translation>
    </message>
    <message>
        <source>on | off | status</source>
        <translation>on | off | status</translation>
    </message>
    <message>
        <source>The proxy&apos;s address (default: settings.json).</source>
        <translation>代理的地址（默认：settings.json）。</translation>
    </message>
    <message>
        <source>The proxy&apos;s port (default: settings.json).</source>
        <translation>代理的端口（默认：settings.json）。</translation>
    </message>
    <message>
        <source>The proxy&apos;s client key (default: settings.json or CODEX_BRIDGE_CLIENT_KEY).</source>
        <translation>代理的客户端密钥（默认：settings.json 或 CODEX_BRIDGE_CLIENT_KEY）。</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>无效的端口：%1</translation>
    </message>
    <message>
        <source>The proxy&apos;s port is 0 (chosen when it starts); pass the port it listens on with --port.</source>
        <translation>代理的端口为 0（在启动时选择）；请使用 --port 传入它实际监听的端口。</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge at %1 (%2).</source>
        <translation>Claude Code 现在使用位于 %1 的 Codex Bridge（%2）。</translation>
    </message>
    <message>
        <source>Claude Code no longer uses Codex Bridge; the previous settings are back (%1).</source>
        <translation>Claude Code 不再使用 Codex Bridge；已恢复之前的设置（%1）。</translation>
    </message>
    <message>
        <source>on: Claude Code uses this proxy (%1)</source>
        <translation>on：Claude Code 正在使用此代理（%1）</translation>
    </message>
    <message>
        <source>outdated: Claude Code points at this proxy (%1) but with other values; run `codex-bridge claude on` to update them</source>
        <translation>outdated：Claude Code 指向此代理（%1），但值不同；请运行 `codex-bridge claude on` 进行更新</translation>
    </message>
    <message>
        <source>invalid: %1</source>
        <translation>invalid：%1</translation>
    </message>
    <message>
        <source>off: Claude Code does not use this proxy (%1)</source>
        <translation>off：Claude Code 未使用此代理（%1）</translation>
    </message>
    <message>
        <source> (does not exist)</source>
        <translation> (不存在)</translation>
    </message>
    <message>
        <source>settings file: %1%2</source>
        <translation>设置文件：%1%2</translation>
    </message>
    <message>
        <source>saved values to restore with `codex-bridge claude off`: yes</source>
        <translation>可通过 `codex-bridge claude off` 恢复的已保存值：有</translation>
    </message>
    <message>
        <source>Claude Code does not use Codex Bridge (%1); nothing to change.</source>
        <translation>Claude Code 未使用 Codex Bridge（%1）；无需更改。</translation>
    </message>
</context>
<context>
    <name>ClaudeConfigApi</name>
    <message>
        <source>The Claude Code configuration is not available.</source>
        <translation>Claude Code 配置不可用。</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>没有 %1 %2 的路由。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object (%1).</source>
        <translation>请求正文必须是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>apiKey was not written: Codex Bridge keeps API keys out of files. Set ANTHROPIC_API_KEY in your environment to use the Anthropic API directly.</source>
        <translation>未写入 apiKey：Codex Bridge 不会将 API 密钥写入文件。若要直接使用 Anthropic API，请在环境中设置 ANTHROPIC_API_KEY。</translation>
    </message>
    <message>
        <source>Claude CLI configured to use proxy at %1</source>
        <translation>已将 Claude CLI 配置为使用位于 %1 的代理</translation>
    </message>
    <message>
        <source>Claude CLI configured for direct API; previous settings restored</source>
        <translation>已将 Claude CLI 配置为直接使用 API；已恢复之前的设置</translation>
    </message>
</context>
<context>
    <name>ClaudeSettingsEditor</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2). It was left untouched; fix it and try again.</source>
        <translation>%1 不是有效的 JSON（%2）。该文件未被改动；请修复后重试。</translation>
    </message>
    <message>
        <source>In %1, “env” is not an object. The file was left untouched; fix it and try again.</source>
        <translation>%1 中的 “env” 不是对象。该文件未被改动；请修复后重试。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); move it away to start over.</source>
        <translation>%1 不是有效的 JSON（%2）；请将其移走后重新开始。</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 was changed by another program while Codex Bridge was editing it. Nothing was written; try again.</source>
        <translation>Codex Bridge 编辑 %1 时，另一个程序修改了它。未写入任何内容；请重试。</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2; %3 was left untouched.</source>
        <translation>无法写入备份 %1：%2；%3 未被改动。</translation>
    </message>
    <message>
        <source>%1 was changed by hand after Codex Bridge set it; it was left as it is.</source>
        <translation>%1 在 Codex Bridge 设置后被手动修改；已保持原样。</translation>
    </message>
    <message>
        <source>Cannot restore %1 in %2: %3</source>
        <translation>无法恢复 %2 中的 %1：%3</translation>
    </message>
    <message>
        <source>Cannot set %1 in %2: %3</source>
        <translation>无法设置 %2 中的 %1：%3</translation>
    </message>
    <message>
        <source>No saved values were found; the Codex Bridge entries were removed from %1.</source>
        <translation>未找到已保存的值；已从 %1 中移除 Codex Bridge 的条目。</translation>
    </message>
</context>
<context>
    <name>CodexAuthImporter</name>
    <message>
        <source>No Codex CLI login found at %1. Sign in with &quot;codex login&quot; first, or sign in here.</source>
        <translation>在 %1 未找到 Codex CLI 登录信息。请先使用 &quot;codex login&quot; 登录，或在此处登录。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The Codex CLI login file is not valid JSON.</source>
        <translation>Codex CLI 登录文件不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The Codex CLI is logged in with an API key. Codex Bridge needs a ChatGPT sign-in (&quot;codex login&quot; with your ChatGPT account).</source>
        <translation>Codex CLI 是使用 API 密钥登录的。Codex Bridge 需要 ChatGPT 登录（使用您的 ChatGPT 账户执行 &quot;codex login&quot;）。</translation>
    </message>
    <message>
        <source>The Codex CLI login file contains no sign-in tokens.</source>
        <translation>Codex CLI 登录文件中不包含登录令牌。</translation>
    </message>
    <message>
        <source>The Codex CLI login is incomplete (no access or refresh token); run &quot;codex login&quot; again.</source>
        <translation>Codex CLI 登录信息不完整（缺少访问令牌或刷新令牌）；请重新运行 &quot;codex login&quot;。</translation>
    </message>
    <message>
        <source>The Codex CLI login does not say which account it is (no email or account id in its tokens); run &quot;codex login&quot; again.</source>
        <translation>Codex CLI 登录信息未表明是哪个账户（其令牌中没有电子邮件或账户 ID）；请重新运行 &quot;codex login&quot;。</translation>
    </message>
</context>
<context>
    <name>CredentialProvider</name>
    <message>
        <source>No ChatGPT account is set up in Codex Bridge. Add one with `codex-bridge accounts import` (copies your Codex CLI login) or `codex-bridge accounts add`.</source>
        <translation>Codex Bridge 中尚未设置 ChatGPT 账户。请使用 `codex-bridge accounts import`（复制您的 Codex CLI 登录信息）或 `codex-bridge accounts add` 添加。</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 needs to sign in again: run `codex-bridge accounts add`.</source>
        <translation>ChatGPT 账户 %1 需要重新登录：请运行 `codex-bridge accounts add`。</translation>
    </message>
    <message>
        <source>The ChatGPT account %1 is disabled; switch to another account.</source>
        <translation>ChatGPT 账户 %1 已停用；请切换到其他账户。</translation>
    </message>
    <message>
        <source>The tokens of ChatGPT account %1 cannot be read: %2</source>
        <translation>无法读取 ChatGPT 账户 %1 的令牌：%2</translation>
    </message>
    <message>
        <source>The token refresh failed.</source>
        <translation>令牌刷新失败。</translation>
    </message>
</context>
<context>
    <name>DashboardAssets</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>The dashboard is missing from this build.</source>
        <translation>此构建中缺少仪表板。</translation>
    </message>
</context>
<context>
    <name>DashboardRoutes</name>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>Too many open request-log streams.</source>
        <translation>打开的请求日志流过多。</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Codex Bridge — Dashboard</source>
        <translation>Codex Bridge — 仪表板</translation>
    </message>
</context>
<context>
    <name>FileSecretStore</name>
    <message>
        <source>Cannot read the secrets file %1: %2</source>
        <translation>无法读取密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>The secrets file %1 is damaged and was left untouched; fix or remove it.</source>
        <translation>密钥文件 %1 已损坏，未作改动；请修复或删除它。</translation>
    </message>
    <message>
        <source>The secrets file %1 was written by a newer version of Codex Bridge.</source>
        <translation>密钥文件 %1 由更新版本的 Codex Bridge 写入。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write the secrets file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restrict the permissions of the secrets file %1.</source>
        <translation>无法限制密钥文件 %1 的权限。</translation>
    </message>
    <message>
        <source>The secret of %1 in %2 is damaged.</source>
        <translation>%2 中 %1 的密钥已损坏。</translation>
    </message>
</context>
<context>
    <name>FunctionCallPairing</name>
    <message>
        <source>Result of tool call %1:</source>
        <translation>工具调用 %1 的结果：</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>Timed out waiting for the request header</source>
        <translation>等待请求头超时</translation>
    </message>
    <message>
        <source>Timed out waiting for the request body</source>
        <translation>等待请求正文超时</translation>
    </message>
</context>
<context>
    <name>HttpRequestParser</name>
    <message>
        <source>Request header section too large</source>
        <translation>请求头部分过大</translation>
    </message>
    <message>
        <source>Malformed request line</source>
        <translation>请求行格式错误</translation>
    </message>
    <message>
        <source>Invalid request method</source>
        <translation>无效的请求方法</translation>
    </message>
    <message>
        <source>HTTP version not supported</source>
        <translation>不支持的 HTTP 版本</translation>
    </message>
    <message>
        <source>Invalid character in request target</source>
        <translation>请求目标中含有无效字符</translation>
    </message>
    <message>
        <source>Invalid request target</source>
        <translation>无效的请求目标</translation>
    </message>
    <message>
        <source>Invalid percent-encoding in request path</source>
        <translation>请求路径中的百分号编码无效</translation>
    </message>
    <message>
        <source>Request trailer section too large</source>
        <translation>请求尾部字段部分过大</translation>
    </message>
    <message>
        <source>Folded header lines are not supported</source>
        <translation>不支持折叠的头部行</translation>
    </message>
    <message>
        <source>Malformed header line</source>
        <translation>头部行格式错误</translation>
    </message>
    <message>
        <source>Invalid header name</source>
        <translation>无效的头部名称</translation>
    </message>
    <message>
        <source>Invalid character in header value</source>
        <translation>头部值中含有无效字符</translation>
    </message>
    <message>
        <source>Missing Host header</source>
        <translation>缺少 Host 头</translation>
    </message>
    <message>
        <source>Multiple Host headers</source>
        <translation>存在多个 Host 头</translation>
    </message>
    <message>
        <source>Invalid Content-Length</source>
        <translation>无效的 Content-Length</translation>
    </message>
    <message>
        <source>Conflicting Content-Length values</source>
        <translation>Content-Length 值相互冲突</translation>
    </message>
    <message>
        <source>Both Content-Length and Transfer-Encoding are present</source>
        <translation>同时存在 Content-Length 和 Transfer-Encoding</translation>
    </message>
    <message>
        <source>Transfer-Encoding is not allowed in HTTP/1.0 requests</source>
        <translation>HTTP/1.0 请求中不允许使用 Transfer-Encoding</translation>
    </message>
    <message>
        <source>Invalid Transfer-Encoding</source>
        <translation>无效的 Transfer-Encoding</translation>
    </message>
    <message>
        <source>Unsupported Transfer-Encoding</source>
        <translation>不支持的 Transfer-Encoding</translation>
    </message>
    <message>
        <source>Unsupported Expect value</source>
        <translation>不支持的 Expect 值</translation>
    </message>
    <message>
        <source>Request body too large</source>
        <translation>请求正文过大</translation>
    </message>
    <message>
        <source>Chunk size line too long</source>
        <translation>分块大小行过长</translation>
    </message>
    <message>
        <source>Invalid chunk size</source>
        <translation>无效的分块大小</translation>
    </message>
    <message>
        <source>Invalid chunk extension</source>
        <translation>无效的分块扩展</translation>
    </message>
    <message>
        <source>Missing line break after chunk data</source>
        <translation>分块数据后缺少换行</translation>
    </message>
</context>
<context>
    <name>HttpServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Too many connections</source>
        <translation>连接过多</translation>
    </message>
    <message>
        <source>Cannot accept connections (%1); retrying</source>
        <translation>无法接受连接 (%1)；正在重试</translation>
    </message>
</context>
<context>
    <name>JsonTextEditor</name>
    <message>
        <source>%1 at line %2, column %3</source>
        <translation>第 %2 行第 %3 列：%1</translation>
    </message>
    <message>
        <source>the top level is not a JSON object</source>
        <translation>顶层不是 JSON 对象</translation>
    </message>
    <message>
        <source>The edit was refused because it would make the document invalid (%1).</source>
        <translation>该编辑会使文档无效，因此已被拒绝（%1）。</translation>
    </message>
    <message>
        <source>“%1” is not an object</source>
        <translation>“%1” 不是对象</translation>
    </message>
    <message>
        <source>No value to set.</source>
        <translation>没有要设置的值。</translation>
    </message>
    <message>
        <source>An empty path names no member.</source>
        <translation>空路径不指向任何成员。</translation>
    </message>
    <message>
        <source>The new value is not one JSON value.</source>
        <translation>新值不是单个 JSON 值。</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>On a machine without a keychain, set CODEX_BRIDGE_SECRET_STORE=file to keep the tokens in a file only you can read.</source>
        <translation>在没有钥匙串的机器上，请设置 CODEX_BRIDGE_SECRET_STORE=file，将令牌保存在只有您能读取的文件中。</translation>
    </message>
    <message>
        <source>access was denied when the keychain asked</source>
        <translation>钥匙串询问时访问被拒绝</translation>
    </message>
    <message>
        <source>the keychain is locked or denied access (%1)</source>
        <translation>钥匙串已锁定或拒绝访问（%1）</translation>
    </message>
    <message>
        <source>no keychain (Secret Service) is available (%1)</source>
        <translation>没有可用的钥匙串（Secret Service）（%1）</translation>
    </message>
    <message>
        <source>the keychain (Secret Service) could not be used (%1)</source>
        <translation>无法使用钥匙串（Secret Service）（%1）</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1：%2。%3</translation>
    </message>
    <message>
        <source>%1: the keychain did not answer within %2 seconds (it may be locked and waiting for a password, or the Secret Service is not responding). %3</source>
        <translation>%1：钥匙串在 %2 秒内没有响应（可能已锁定并在等待密码，或者 Secret Service 没有响应）。%3</translation>
    </message>
    <message>
        <source>%1: the keychain is locked; unlock it (for example by logging in to the desktop session) and try again. %2</source>
        <translation>%1：钥匙串已锁定；请解锁（例如登录桌面会话）后重试。%2</translation>
    </message>
    <message>
        <source>Could not read the tokens of %1 from the OS keychain</source>
        <translation>无法从系统钥匙串读取 %1 的令牌</translation>
    </message>
    <message>
        <source>Could not store the tokens of %1 in the OS keychain</source>
        <translation>无法将 %1 的令牌存储到系统钥匙串</translation>
    </message>
    <message>
        <source>Could not delete the tokens of %1 from the OS keychain</source>
        <translation>无法从系统钥匙串删除 %1 的令牌</translation>
    </message>
</context>
<context>
    <name>ManagementApi</name>
    <message>
        <source>Cannot write the management key %1: %2</source>
        <translation>无法写入管理密钥 %1：%2</translation>
    </message>
    <message>
        <source>The management key is wrong.</source>
        <translation>管理密钥错误。</translation>
    </message>
    <message>
        <source>Account management needs the management key (header X-Codex-Bridge-Key, from %1 in the config dir) or a request from the Codex Bridge dashboard.</source>
        <translation>账户管理需要管理密钥（X-Codex-Bridge-Key 头，取自配置目录中的 %1）或来自 Codex Bridge 仪表板的请求。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>Sign-in callbacks are not taken on this port.</source>
        <translation>此端口不接受登录回调。</translation>
    </message>
    <message>
        <source>No route for %1 %2.</source>
        <translation>没有 %1 %2 的路由。</translation>
    </message>
    <message>
        <source>Cannot start the sign-in: %1</source>
        <translation>无法开始登录：%1</translation>
    </message>
    <message>
        <source>Send {&quot;email&quot;: &quot;...&quot;} to choose the account.</source>
        <translation>请发送 {&quot;email&quot;: &quot;...&quot;} 来选择账户。</translation>
    </message>
    <message>
        <source>No account %1.</source>
        <translation>没有账户 %1。</translation>
    </message>
    <message>
        <source>Switched to account: %1</source>
        <translation>已切换到账户：%1</translation>
    </message>
    <message>
        <source>Removed account: %1</source>
        <translation>已移除账户：%1</translation>
    </message>
    <message>
        <source>There is no active account.</source>
        <translation>没有当前账户。</translation>
    </message>
    <message>
        <source>Quota tracking is not running.</source>
        <translation>配额跟踪未运行。</translation>
    </message>
    <message>
        <source>Usage statistics are not running.</source>
        <translation>使用统计未运行。</translation>
    </message>
</context>
<context>
    <name>ModelCatalog</name>
    <message>
        <source>The model catalogue is not a JSON object.</source>
        <translation>模型目录不是 JSON 对象。</translation>
    </message>
    <message>
        <source>The model catalogue has no &quot;models&quot; list.</source>
        <translation>模型目录中没有 &quot;models&quot; 列表。</translation>
    </message>
    <message>
        <source>The model catalogue lists no model.</source>
        <translation>模型目录中未列出任何模型。</translation>
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
        <translation>&quot;%1&quot; 的模型必须是模型名称；该条目已被忽略。</translation>
    </message>
    <message>
        <source>&quot;families&quot; must be an object; it was ignored.</source>
        <translation>&quot;families&quot; 必须是对象；已被忽略。</translation>
    </message>
    <message>
        <source>Unknown model family &quot;%1&quot; (use opus, sonnet or haiku); it was ignored.</source>
        <translation>未知的模型系列 &quot;%1&quot;（请使用 opus、sonnet 或 haiku）；已被忽略。</translation>
    </message>
    <message>
        <source>&quot;aliases&quot; must be an object; it was ignored.</source>
        <translation>&quot;aliases&quot; 必须是对象；已被忽略。</translation>
    </message>
    <message>
        <source>An alias with an empty name was ignored.</source>
        <translation>已忽略一个名称为空的别名。</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackResult</name>
    <message>
        <source>The sign-in reply does not belong to this sign-in (state mismatch). Start the sign-in again.</source>
        <translation>该登录回复不属于本次登录（state 不匹配）。请重新开始登录。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled or access was denied in the browser.</source>
        <translation>登录已在浏览器中取消，或访问被拒绝。</translation>
    </message>
    <message>
        <source>The sign-in failed: %1.</source>
        <translation>登录失败：%1。</translation>
    </message>
    <message>
        <source>The sign-in failed: %1 (%2).</source>
        <translation>登录失败：%1（%2）。</translation>
    </message>
    <message>
        <source>That is neither the address the browser was sent to after signing in nor an authorization code.</source>
        <translation>这既不是登录后浏览器跳转到的地址，也不是授权码。</translation>
    </message>
</context>
<context>
    <name>OAuthCallbackServer</name>
    <message>
        <source>Cannot receive the sign-in: the callback port(s) %1 on localhost are in use by another program (is another sign-in or the Codex CLI login running?). Close it and try again.</source>
        <translation>无法接收登录：localhost 上的回调端口 %1 正被其他程序占用（是否有其他登录或 Codex CLI 登录正在运行？）。请关闭该程序后重试。</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>登录已取消。</translation>
    </message>
    <message>
        <source>Signed in to Codex Bridge</source>
        <translation>已登录 Codex Bridge</translation>
    </message>
    <message>
        <source>Codex Bridge sign-in failed</source>
        <translation>Codex Bridge 登录失败</translation>
    </message>
    <message>
        <source>You can close this tab and return to Codex Bridge.</source>
        <translation>您可以关闭此标签页并返回 Codex Bridge。</translation>
    </message>
    <message>
        <source>This sign-in has already been handled. Start a new one if needed.</source>
        <translation>此登录已处理。如有需要，请重新开始登录。</translation>
    </message>
</context>
<context>
    <name>OAuthLoginFlow</name>
    <message numerus="yes">
        <source>The sign-in timed out: no answer came back from the browser within %n minute(s).</source>
        <translation>
            <numerusform>登录超时：浏览器在 %n 分钟内没有返回响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in failed: %1</source>
        <translation>登录失败：%1</translation>
    </message>
    <message>
        <source>Signing in failed: the sign-in server did not say which ChatGPT account this is.</source>
        <translation>登录失败：登录服务器未说明这是哪个 ChatGPT 账户。</translation>
    </message>
</context>
<context>
    <name>OAuthTokenResponse</name>
    <message>
        <source>Could not reach the sign-in server: %1</source>
        <translation>无法连接登录服务器：%1</translation>
    </message>
    <message>
        <source>The ChatGPT login has expired or was used elsewhere (%1). Sign in again.</source>
        <translation>ChatGPT 登录已过期或已在别处使用（%1）。请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable (HTTP %1). Try again later.</source>
        <translation>登录服务器不可用（HTTP %1）。请稍后重试。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>登录服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1, %2).</source>
        <translation>登录服务器拒绝了请求（HTTP %1，%2）。</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer without an access token.</source>
        <translation>登录服务器发送的响应中没有访问令牌。</translation>
    </message>
</context>
<context>
    <name>Provider</name>
    <message>
        <source>A provider needs a name or an id made of letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>提供商需要一个由字母、数字、&apos;-&apos; 和 &apos;_&apos; 组成的名称或 ID。</translation>
    </message>
    <message>
        <source>The base URL of provider %1 must be an http(s) URL such as http://127.0.0.1:11434/v1.</source>
        <translation>提供商 %1 的基础 URL 必须是 http(s) URL，例如 http://127.0.0.1:11434/v1。</translation>
    </message>
    <message>
        <source>Provider %1 has an invalid extra header.</source>
        <translation>提供商 %1 有一个无效的附加头。</translation>
    </message>
    <message>
        <source>Provider %1: the header %2 is set by the proxy (put an API key in the API key field).</source>
        <translation>提供商 %1：头 %2 由代理设置（请将 API 密钥填入 API 密钥字段）。</translation>
    </message>
</context>
<context>
    <name>ProviderClient</name>
    <message>
        <source>the model list is not in the OpenAI format</source>
        <translation>模型列表不是 OpenAI 格式</translation>
    </message>
</context>
<context>
    <name>ProviderExchange</name>
    <message>
        <source>the provider sent an empty reply</source>
        <translation>提供方返回了空响应</translation>
    </message>
</context>
<context>
    <name>ProviderRouting</name>
    <message>
        <source>Every routing rule needs a model name or family to match.</source>
        <translation>每条路由规则都需要一个要匹配的模型名称或模型系列。</translation>
    </message>
    <message>
        <source>The routing rule for %1 names an unknown provider &quot;%2&quot;.</source>
        <translation>%1 的路由规则指定了未知的提供商 &quot;%2&quot;。</translation>
    </message>
    <message>
        <source>The fallback names an unknown provider &quot;%1&quot;.</source>
        <translation>回退指定了未知的提供商 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>The fallback needs a model.</source>
        <translation>回退需要指定模型。</translation>
    </message>
</context>
<context>
    <name>ProviderSettingsApi</name>
    <message>
        <source>Settings are not available.</source>
        <translation>设置不可用。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on %2.</source>
        <translation>%2 不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>请求正文必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>haikuKiloModel: a model name (string) is required.</source>
        <translation>haikuKiloModel：需要模型名称（字符串）。</translation>
    </message>
    <message>
        <source>There is no provider &quot;%1&quot;.</source>
        <translation>不存在提供商 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>action: one of add, update, remove, test, routes is required.</source>
        <translation>action：必须是 add、update、remove、test、routes 之一。</translation>
    </message>
    <message>
        <source>A provider &quot;%1&quot; exists already; update it instead.</source>
        <translation>提供商 &quot;%1&quot; 已存在；请改为更新它。</translation>
    </message>
</context>
<context>
    <name>ProviderStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); no provider is used and the file is left untouched.</source>
        <translation>%1 不是有效的 JSON（%2）；不会使用任何提供商，且不改动该文件。</translation>
    </message>
    <message>
        <source>duplicate id</source>
        <translation>ID 重复</translation>
    </message>
    <message>
        <source>Not saving providers: %1 could not be read; fix or remove it first.</source>
        <translation>未保存提供商：无法读取 %1；请先修复或删除它。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No secret store is available for the API key.</source>
        <translation>没有可用于 API 密钥的密钥存储。</translation>
    </message>
    <message>
        <source>Cannot store the API key of %1: %2</source>
        <translation>无法存储 %1 的 API 密钥：%2</translation>
    </message>
    <message>
        <source>There is no provider %1.</source>
        <translation>不存在提供商 %1。</translation>
    </message>
</context>
<context>
    <name>ProvidersClient</name>
    <message>
        <source>Codex Bridge is not running; providers can be managed once it has started.</source>
        <translation>Codex Bridge 未运行；启动后即可管理提供商。</translation>
    </message>
    <message numerus="yes">
        <source>Codex Bridge did not answer within %n second(s).</source>
        <translation>
            <numerusform>Codex Bridge 在 %n 秒内没有响应。</numerusform>
        </translation>
    </message>
    <message>
        <source>Codex Bridge does not answer at %1 (%2). Is it running?</source>
        <translation>Codex Bridge 在 %1 没有响应（%2）。它是否正在运行？</translation>
    </message>
    <message>
        <source>Codex Bridge answered with HTTP status %1.</source>
        <translation>Codex Bridge 返回了 HTTP 状态 %1。</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>OpenAI-compatible servers beside your ChatGPT subscription: a local Ollama, LM Studio or llama.cpp server, or a gateway such as OpenRouter. Changes here apply at once.</source>
        <translation>ChatGPT 订阅之外的 OpenAI 兼容服务器：本地的 Ollama、LM Studio 或 llama.cpp 服务器，或 OpenRouter 等网关。此处的更改会立即生效。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>基础 URL</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>新增提供商</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>e.g. Local Ollama</source>
        <translation>例如：本地 Ollama</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>As for the OpenAI SDK, e.g. http://127.0.0.1:11434/v1 (Ollama), http://127.0.0.1:1234/v1 (LM Studio), https://openrouter.ai/api/v1.</source>
        <translation>与 OpenAI SDK 相同，例如 http://127.0.0.1:11434/v1（Ollama）、http://127.0.0.1:1234/v1（LM Studio）、https://openrouter.ai/api/v1。</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API 密钥：</translation>
    </message>
    <message>
        <source>empty for local servers; kept in the system keychain</source>
        <translation>本地服务器留空；保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>optional, comma-separated; the connection test fetches them</source>
        <translation>可选，以逗号分隔；连接测试会自动获取</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Add provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Claude Haiku requests</source>
        <translation>Claude Haiku 请求</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>发送到：</translation>
    </message>
    <message>
        <source>ChatGPT subscription</source>
        <translation>ChatGPT 订阅</translation>
    </message>
    <message>
        <source>Claude Code sends light background work (titles, summaries) to its Haiku model; a provider model can take it and spare your ChatGPT quota.</source>
        <translation>Claude Code 会把轻量的后台工作（标题、摘要）交给其 Haiku 模型；改由提供商的模型处理可以节省您的 ChatGPT 配额。</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>在钥匙串中</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 was not added: %2</source>
        <translation>未添加 %1：%2</translation>
    </message>
    <message>
        <source>%1 was added. Testing the connection…</source>
        <translation>已添加 %1。正在测试连接…</translation>
    </message>
    <message>
        <source>Could not test %1: %2</source>
        <translation>无法测试 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 answers: %n model(s).</source>
        <translation>
            <numerusform>%1 已响应：%n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 did not answer: %2</source>
        <translation>%1 没有响应：%2</translation>
    </message>
    <message>
        <source>%1 answered with HTTP status %2: %3</source>
        <translation>%1 返回了 HTTP 状态 %2：%3</translation>
    </message>
    <message>
        <source>Remove provider</source>
        <translation>移除提供商</translation>
    </message>
    <message>
        <source>Remove %1? Its API key is deleted from the keychain, and the requests routed to it go to your ChatGPT subscription again.</source>
        <translation>要移除 %1 吗？其 API 密钥将从钥匙串中删除，原先路由到它的请求将重新发送到您的 ChatGPT 订阅。</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>未移除 %1：%2</translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation>已移除 %1。</translation>
    </message>
    <message>
        <source>Claude Haiku requests were not rerouted: %1</source>
        <translation>未能更改 Claude Haiku 请求的去向：%1</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to %1.</source>
        <translation>Claude Haiku 请求现在发送到 %1。</translation>
    </message>
    <message>
        <source>Claude Haiku requests now go to your ChatGPT subscription.</source>
        <translation>Claude Haiku 请求现在发送到您的 ChatGPT 订阅。</translation>
    </message>
</context>
<context>
    <name>ProxyExchange</name>
    <message>
        <source>the upstream stream ended without a terminal event</source>
        <translation>上游流在没有终止事件的情况下结束</translation>
    </message>
</context>
<context>
    <name>ProxySettings</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using defaults and leaving the file untouched.</source>
        <translation>%1 不是有效的 JSON（%2）；将使用默认值，且不改动该文件。</translation>
    </message>
    <message>
        <source>Ignoring invalid port in %1</source>
        <translation>忽略 %1 中的无效端口</translation>
    </message>
    <message>
        <source>Ignoring invalid rotation in %1 (expected off, sticky or round-robin)</source>
        <translation>忽略 %1 中的无效轮换设置（应为 off、sticky 或 round-robin）</translation>
    </message>
    <message>
        <source>Not saving settings: the existing file could not be read.</source>
        <translation>未保存设置：无法读取现有文件。</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
</context>
<context>
    <name>ProxyWorker</name>
    <message>
        <source>%1 is not an IP address to listen on.</source>
        <translation>%1 不是可监听的 IP 地址。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>无法在 %1 端口 %2 上监听：%3</translation>
    </message>
    <message>
        <source>Codex Bridge is quitting; the request was cut.</source>
        <translation>Codex Bridge 正在退出；请求已被中断。</translation>
    </message>
    <message>
        <source>The proxy is not running.</source>
        <translation>代理未运行。</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key.</source>
        <translation>拒绝在没有客户端密钥的情况下监听 %1。</translation>
    </message>
</context>
<context>
    <name>QuotaAlerts</name>
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>ChatGPT no longer accepts the sign-in of %1. Choose &quot;Add ChatGPT account…&quot; to sign in again.</source>
        <translation>ChatGPT 不再接受 %1 的登录。请选择“添加 ChatGPT 账户…”重新登录。</translation>
    </message>
    <message>
        <source>ChatGPT limit reached</source>
        <translation>已达 ChatGPT 限额</translation>
    </message>
    <message>
        <source>%1 has used up its quota.</source>
        <translation>%1 的配额已用尽。</translation>
    </message>
    <message>
        <source>%1 has used up its quota; it %2.</source>
        <translation>%1 的配额已用尽，%2。</translation>
    </message>
    <message>
        <source>ChatGPT quota low</source>
        <translation>ChatGPT 配额不足</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <source>%1 is ready to use.</source>
        <translation>%1 已可以使用。</translation>
    </message>
</context>
<context>
    <name>QuotaBarsWidget</name>
    <message>
        <source>Quota of the active account</source>
        <translation>当前账户的配额</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>%1 小时 %2 分钟后重置</translation>
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
        <translation>即将重置</translation>
    </message>
    <message>
        <source>resets in %1 d %2 h</source>
        <translation>%1 天 %2 小时后重置</translation>
    </message>
    <message>
        <source>resets in %1 h %2 m</source>
        <translation>%1 小时 %2 分钟后重置</translation>
    </message>
    <message>
        <source>resets in %1 m</source>
        <translation>%1 分钟后重置</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>每周</translation>
    </message>
    <message numerus="yes">
        <source>%n-day</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-hour</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n-minute</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>5-hour</source>
        <translation>5 小时</translation>
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
        <translation>配额未知</translation>
    </message>
    <message>
        <source>5 h %1 · week %2</source>
        <extracomment>Short quota summary: 5-hour window share, then weekly share, e.g. &quot;5 h 42 % · week 13 %&quot;</extracomment>
        <translation>5 小时 %1 · 每周 %2</translation>
    </message>
</context>
<context>
    <name>QuotaSnapshot</name>
    <message>
        <source>The usage reply is not a JSON object.</source>
        <translation>使用情况回复不是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>RequestGuard</name>
    <message>
        <source>Requests from web pages are not allowed (Origin %1).</source>
        <translation>不允许来自网页的请求（Origin %1）。</translation>
    </message>
    <message>
        <source>Cross-site requests are not allowed.</source>
        <translation>不允许跨站请求。</translation>
    </message>
    <message>
        <source>The Host header is missing.</source>
        <translation>缺少 Host 头。</translation>
    </message>
    <message>
        <source>Host %1 is not this proxy; use http://127.0.0.1 or http://localhost.</source>
        <translation>主机 %1 不是此代理；请使用 http://127.0.0.1 或 http://localhost。</translation>
    </message>
    <message>
        <source>This proxy requires its client key (x-api-key or Authorization: Bearer).</source>
        <translation>此代理需要其客户端密钥（x-api-key 或 Authorization: Bearer）。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Unknown secret store &quot;%1&quot; in CODEX_BRIDGE_SECRET_STORE (supported: keychain, the default, and file).</source>
        <translation>CODEX_BRIDGE_SECRET_STORE 中的密钥存储 &quot;%1&quot; 未知（支持：keychain（默认）和 file）。</translation>
    </message>
</context>
<context>
    <name>ServeCommand</name>
    <message>
        <source>Address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认 127.0.0.1）。</translation>
    </message>
    <message>
        <source>Port to listen on (default 8081; 0 picks a free one).</source>
        <translation>监听端口（默认 8081；0 表示自动选择空闲端口）。</translation>
    </message>
    <message>
        <source>Key clients must send (x-api-key or Authorization: Bearer). Required when listening on a non-loopback address. Also CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>客户端必须发送的密钥（x-api-key 或 Authorization: Bearer）。在非回环地址上监听时必须设置。也可使用 CODEX_BRIDGE_CLIENT_KEY。</translation>
    </message>
    <message>
        <source>Invalid port: %1</source>
        <translation>无效的端口：%1</translation>
    </message>
    <message>
        <source>Refusing to listen on %1 without a client key: anyone who can reach this address could use your ChatGPT subscription. Set one with --client-key or CODEX_BRIDGE_CLIENT_KEY.</source>
        <translation>拒绝在没有客户端密钥的情况下监听 %1：任何能访问此地址的人都可以使用您的 ChatGPT 订阅。请通过 --client-key 或 CODEX_BRIDGE_CLIENT_KEY 设置密钥。</translation>
    </message>
    <message>
        <source>Run the proxy without a user interface.</source>
        <translation>在没有用户界面的情况下运行代理。</translation>
    </message>
    <message>
        <source>Run the proxy.</source>
        <translation>运行代理。</translation>
    </message>
</context>
<context>
    <name>SettingsApi</name>
    <message>
        <source>The bind address must be an IP address (127.0.0.1, ::1, 0.0.0.0…) or localhost.</source>
        <translation>绑定地址必须是 IP 地址（127.0.0.1、::1、0.0.0.0…）或 localhost。</translation>
    </message>
    <message>
        <source>The port must be a whole number from 1 to 65535.</source>
        <translation>端口必须是 1 到 65535 之间的整数。</translation>
    </message>
    <message>
        <source>The client key must be empty (none) or %1 to %2 printable characters without spaces.</source>
        <translation>客户端密钥必须为空（无），或为 %1 到 %2 个不含空格的可打印字符。</translation>
    </message>
    <message>
        <source>The rotation must be off, sticky or round-robin.</source>
        <translation>轮换必须是 off、sticky 或 round-robin。</translation>
    </message>
    <message>
        <source>The model mapping must be an object {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}.</source>
        <translation>模型映射必须是对象 {&quot;families&quot;:{…},&quot;aliases&quot;:{…}}。</translation>
    </message>
    <message>
        <source>systemAsInstructions must be true or false.</source>
        <translation>systemAsInstructions 必须是 true 或 false。</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>未知设置 &quot;%1&quot;。</translation>
    </message>
    <message>
        <source>Listening on %1 needs a client key: anyone who can reach that address could use your ChatGPT subscription.</source>
        <translation>在 %1 上监听需要客户端密钥：任何能访问该地址的人都可以使用您的 ChatGPT 订阅。</translation>
    </message>
    <message>
        <source>Method %1 is not allowed on /settings.</source>
        <translation>/settings 不允许使用方法 %1。</translation>
    </message>
    <message>
        <source>The request body must be a JSON object of settings.</source>
        <translation>请求正文必须是包含设置的 JSON 对象。</translation>
    </message>
    <message>
        <source>The settings are in effect until the proxy stops, but could not be saved: %1</source>
        <translation>设置在代理停止前有效，但无法保存：%1</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Codex Bridge Settings</source>
        <translation>Codex Bridge 设置</translation>
    </message>
    <message>
        <source>Listen on:</source>
        <translation>监听地址：</translation>
    </message>
    <message>
        <source>127.0.0.1 keeps the proxy to this computer. Any other address needs a client key.</source>
        <translation>使用 127.0.0.1 时代理仅限本机使用。其他任何地址都需要客户端密钥。</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>客户端密钥：</translation>
    </message>
    <message>
        <source>none (only this computer can connect)</source>
        <translation>无（仅本机可以连接）</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>生成</translation>
    </message>
    <message>
        <source>Models:</source>
        <translation>模型：</translation>
    </message>
    <message>
        <source>Requested model</source>
        <translation>请求的模型</translation>
    </message>
    <message>
        <source>ChatGPT model</source>
        <translation>ChatGPT 模型</translation>
    </message>
    <message>
        <source>Add alias</source>
        <translation>添加别名</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Account rotation:</source>
        <translation>账户轮换：</translation>
    </message>
    <message>
        <source>Off — use the active account</source>
        <translation>关闭 — 使用当前账户</translation>
    </message>
    <message>
        <source>Sticky — keep a session on one account until it runs out</source>
        <translation>粘滞 — 会话保持在同一账户上，直到其额度用尽</translation>
    </message>
    <message>
        <source>Round robin — spread requests over all accounts</source>
        <translation>轮询 — 将请求分散到所有账户</translation>
    </message>
    <message>
        <source>Start Codex Bridge at login</source>
        <translation>登录时启动 Codex Bridge</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Claude %1 (any version)</source>
        <translation>Claude %1（任意版本）</translation>
    </message>
    <message>
        <source>Enter the address to listen on, e.g. 127.0.0.1.</source>
        <translation>请输入要监听的地址，例如 127.0.0.1。</translation>
    </message>
    <message>
        <source>Listening on %1 lets other computers use your ChatGPT subscription: set a client key first.</source>
        <translation>在 %1 上监听会让其他计算机使用您的 ChatGPT 订阅：请先设置客户端密钥。</translation>
    </message>
    <message>
        <source>Each alias needs both a requested model and a ChatGPT model.</source>
        <translation>每个别名都需要同时指定请求的模型和 ChatGPT 模型。</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
</context>
<context>
    <name>StreamingPost</name>
    <message>
        <source>the stream stalled for %1 s</source>
        <translation>流停滞了 %1 秒</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内没有响应</translation>
    </message>
</context>
<context>
    <name>TokenRefresher</name>
    <message>
        <source>The ChatGPT account %1 cannot be refreshed (%2); sign in again (`codex-bridge accounts add`).</source>
        <translation>无法刷新 ChatGPT 账户 %1（%2）；请重新登录（`codex-bridge accounts add`）。</translation>
    </message>
    <message>
        <source>no refresh token</source>
        <translation>没有刷新令牌</translation>
    </message>
    <message>
        <source>no account store</source>
        <translation>没有账户存储</translation>
    </message>
    <message>
        <source>The refreshed sign-in of ChatGPT account %1 could not be stored: %2</source>
        <translation>无法保存 ChatGPT 账户 %1 刷新后的登录信息：%2</translation>
    </message>
    <message>
        <source>The sign-in of ChatGPT account %1 is no longer valid (%2): sign in again (`codex-bridge accounts add`).</source>
        <translation>ChatGPT 账户 %1 的登录已失效（%2）：请重新登录（`codex-bridge accounts add`）。</translation>
    </message>
    <message>
        <source>Could not refresh the sign-in of ChatGPT account %1 (%2); try again shortly.</source>
        <translation>无法刷新 ChatGPT 账户 %1 的登录（%2）；请稍后重试。</translation>
    </message>
    <message>
        <source>The sign-in server refused to refresh ChatGPT account %1 (%2).</source>
        <translation>登录服务器拒绝刷新 ChatGPT 账户 %1（%2）。</translation>
    </message>
</context>
<context>
    <name>Translation</name>
    <message>
        <source>tools: must be an array of tool definitions</source>
        <translation>tools：必须是工具定义数组</translation>
    </message>
    <message>
        <source>%1: each tool must be an object</source>
        <translation>%1：每个工具都必须是对象</translation>
    </message>
    <message>
        <source>%1.type: must be a string</source>
        <translation>%1.type：必须是字符串</translation>
    </message>
    <message>
        <source>%1.name: field required (a non-empty string)</source>
        <translation>%1.name：必填字段（非空字符串）</translation>
    </message>
    <message>
        <source>system.%1: must be a text block with a string &quot;text&quot;</source>
        <translation>system.%1：必须是带有字符串 &quot;text&quot; 的文本块</translation>
    </message>
    <message>
        <source>system: must be a string or an array of text blocks</source>
        <translation>system：必须是字符串或文本块数组</translation>
    </message>
    <message>
        <source>%1: each message must be an object</source>
        <translation>%1：每条消息都必须是对象</translation>
    </message>
    <message>
        <source>%1.role: must be &quot;user&quot;, &quot;assistant&quot; or &quot;system&quot;</source>
        <translation>%1.role：必须是 &quot;user&quot;、&quot;assistant&quot; 或 &quot;system&quot;</translation>
    </message>
    <message>
        <source>%1.content.%2: each content block must be an object with a string &quot;type&quot;</source>
        <translation>%1.content.%2：每个内容块都必须是带有字符串 &quot;type&quot; 的对象</translation>
    </message>
    <message>
        <source>%1.content: must be a string or an array of content blocks</source>
        <translation>%1.content：必须是字符串或内容块数组</translation>
    </message>
    <message>
        <source>%1.text: must be a string</source>
        <translation>%1.text：必须是字符串</translation>
    </message>
    <message>
        <source>%1.source: field required (an object)</source>
        <translation>%1.source：必填字段（对象）</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;image/png&quot;)</source>
        <translation>%1.source.media_type：必填字段（例如 &quot;image/png&quot;）</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 image data)</source>
        <translation>%1.source.data：必填字段（base64 图像数据）</translation>
    </message>
    <message>
        <source>%1.source.url: field required (a non-empty string)</source>
        <translation>%1.source.url：必填字段（非空字符串）</translation>
    </message>
    <message>
        <source>%1.source.type: image source &quot;%2&quot; is not supported (use &quot;base64&quot; or &quot;url&quot;)</source>
        <translation>%1.source.type：不支持图像来源 &quot;%2&quot;（请使用 &quot;base64&quot; 或 &quot;url&quot;）</translation>
    </message>
    <message>
        <source>%1.source.media_type: field required (e.g. &quot;application/pdf&quot;)</source>
        <translation>%1.source.media_type：必填字段（例如 &quot;application/pdf&quot;）</translation>
    </message>
    <message>
        <source>%1.source.data: field required (base64 document data)</source>
        <translation>%1.source.data：必填字段（base64 文档数据）</translation>
    </message>
    <message>
        <source>%1.source.data: field required (the document text)</source>
        <translation>%1.source.data：必填字段（文档文本）</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported (use &quot;base64&quot;, &quot;text&quot;, &quot;url&quot; or &quot;content&quot;)</source>
        <translation>%1.source.type：不支持文档来源 &quot;%2&quot;（请使用 &quot;base64&quot;、&quot;text&quot;、&quot;url&quot; 或 &quot;content&quot;）</translation>
    </message>
    <message>
        <source>%1.id: field required (a non-empty string)</source>
        <translation>%1.id：必填字段（非空字符串）</translation>
    </message>
    <message>
        <source>%1.input: must be an object</source>
        <translation>%1.input：必须是对象</translation>
    </message>
    <message>
        <source>%1.tool_use_id: field required (a non-empty string)</source>
        <translation>%1.tool_use_id：必填字段（非空字符串）</translation>
    </message>
    <message>
        <source>%1: each content block must be an object</source>
        <translation>%1：每个内容块都必须是对象</translation>
    </message>
    <message>
        <source>tool_choice: must be an object such as {&quot;type&quot;:&quot;auto&quot;}</source>
        <translation>tool_choice：必须是类似 {&quot;type&quot;:&quot;auto&quot;} 的对象</translation>
    </message>
    <message>
        <source>tool_choice.name: field required when tool_choice.type is &quot;tool&quot;</source>
        <translation>tool_choice.name：当 tool_choice.type 为 &quot;tool&quot; 时为必填字段</translation>
    </message>
    <message>
        <source>tool_choice.name: no tool named &quot;%1&quot; in tools</source>
        <translation>tool_choice.name：tools 中没有名为 &quot;%1&quot; 的工具</translation>
    </message>
    <message>
        <source>tool_choice.type: must be &quot;auto&quot;, &quot;any&quot;, &quot;tool&quot; or &quot;none&quot;</source>
        <translation>tool_choice.type：必须是 &quot;auto&quot;、&quot;any&quot;、&quot;tool&quot; 或 &quot;none&quot;</translation>
    </message>
    <message>
        <source>thinking.budget_tokens: must be an integer</source>
        <translation>thinking.budget_tokens：必须是整数</translation>
    </message>
    <message>
        <source>thinking: must be an object such as {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192}</source>
        <translation>thinking：必须是类似 {&quot;type&quot;:&quot;enabled&quot;,&quot;budget_tokens&quot;:8192} 的对象</translation>
    </message>
    <message>
        <source>output_config.format.schema: field required (a JSON schema object)</source>
        <translation>output_config.format.schema：必填字段（JSON schema 对象）</translation>
    </message>
    <message>
        <source>system.%1: only text blocks are supported in the system prompt</source>
        <translation>system.%1：系统提示词中仅支持文本块</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 image</source>
        <translation>%1.source：base64 图像需要 media_type 和 data</translation>
    </message>
    <message>
        <source>%1.source: media_type and data are required for a base64 document</source>
        <translation>%1.source：base64 文档需要 media_type 和 data</translation>
    </message>
    <message>
        <source>%1.source.type: document source &quot;%2&quot; is not supported</source>
        <translation>%1.source.type：不支持文档来源 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1.type: content block type &quot;%2&quot; is not supported here</source>
        <translation>%1.type：此处不支持内容块类型 &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: a tool_use block needs an id and a name</source>
        <translation>%1：tool_use 块需要 id 和 name</translation>
    </message>
    <message>
        <source>tools: must be an array</source>
        <translation>tools：必须是数组</translation>
    </message>
    <message>
        <source>tools.%1.name: field required</source>
        <translation>tools.%1.name：必填字段</translation>
    </message>
    <message>
        <source>tool_choice: expected {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot; (with a name)}</source>
        <translation>tool_choice：应为 {&quot;type&quot;: &quot;auto&quot; | &quot;any&quot; | &quot;none&quot; | &quot;tool&quot;（带 name）}</translation>
    </message>
    <message>
        <source>messages: field required (an array)</source>
        <translation>messages：必填字段（数组）</translation>
    </message>
    <message>
        <source>max_tokens: must be a number</source>
        <translation>max_tokens：必须是数字</translation>
    </message>
    <message>
        <source>stop_sequences: must be an array of strings</source>
        <translation>stop_sequences：必须是字符串数组</translation>
    </message>
</context>
<context>
    <name>TrayApplication</name>
    <message>
        <source>No desktop session was found (neither DISPLAY nor WAYLAND_DISPLAY is set).</source>
        <translation>未找到桌面会话（DISPLAY 和 WAYLAND_DISPLAY 均未设置）。</translation>
    </message>
</context>
<context>
    <name>TrayCommand</name>
    <message>
        <source>To run the proxy without a user interface, use: codex-bridge serve</source>
        <translation>要在没有用户界面的情况下运行代理，请使用：codex-bridge serve</translation>
    </message>
    <message>
        <source>Codex Bridge in the system tray.</source>
        <translation>系统托盘中的 Codex Bridge。</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>Codex Bridge could not start</source>
        <translation>Codex Bridge 无法启动</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <source>Could not switch the account</source>
        <translation>无法切换账户</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Add ChatGPT account…</source>
        <translation>添加 ChatGPT 账户…</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>取消登录</translation>
    </message>
    <message>
        <source>Use with Claude Code</source>
        <translation>与 Claude Code 配合使用</translation>
    </message>
    <message>
        <source>Copy shell setup</source>
        <translation>复制 Shell 设置</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>打开仪表板</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>登录时启动</translation>
    </message>
    <message>
        <source>About Codex Bridge</source>
        <translation>关于 Codex Bridge</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>已停用</translation>
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
        <translation>未运行：%1</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message numerus="yes">
        <source>Listening on %1 · %n request(s) today</source>
        <translation>
            <numerusform>正在监听 %1 · 今日 %n 个请求</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser…</source>
        <translation>正在等待您在浏览器中登录…</translation>
    </message>
    <message>
        <source>Sign in to ChatGPT</source>
        <translation>登录 ChatGPT</translation>
    </message>
    <message>
        <source>Open this address in a browser to sign in:</source>
        <translation>请在浏览器中打开此地址以登录：</translation>
    </message>
    <message>
        <source>Shell setup copied</source>
        <translation>已复制 Shell 设置</translation>
    </message>
    <message>
        <source>Paste it into a terminal; Claude Code and OpenAI clients started there will use Codex Bridge.</source>
        <translation>请将其粘贴到终端中；在该终端启动的 Claude Code 和 OpenAI 客户端将使用 Codex Bridge。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;Use Claude Code and OpenAI clients with your ChatGPT subscription.&lt;/p&gt;&lt;p&gt;Listening on %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Codex Bridge %1&lt;/b&gt;&lt;p&gt;使用您的 ChatGPT 订阅运行 Claude Code 和 OpenAI 客户端。&lt;/p&gt;&lt;p&gt;正在监听 %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Settings not applied</source>
        <translation>设置未应用</translation>
    </message>
    <message>
        <source>Use with Claude Code (update needed)</source>
        <translation>与 Claude Code 配合使用（需要更新）</translation>
    </message>
    <message>
        <source>Claude Code points at Codex Bridge with an old address, key or model mapping.</source>
        <translation>Claude Code 指向 Codex Bridge 时使用的是旧的地址、密钥或模型映射。</translation>
    </message>
    <message>
        <source>Use with Claude Code (settings file unreadable)</source>
        <translation>与 Claude Code 配合使用（设置文件无法读取）</translation>
    </message>
    <message>
        <source>Claude Code settings not changed</source>
        <translation>未更改 Claude Code 设置</translation>
    </message>
    <message>
        <source>Fix the file (or remove it), then try again.</source>
        <translation>请修复（或删除）该文件，然后重试。</translation>
    </message>
    <message>
        <source>Claude Code now uses Codex Bridge. Start a new `claude` session to pick it up.</source>
        <translation>Claude Code 现在使用 Codex Bridge。请启动新的 `claude` 会话以使其生效。</translation>
    </message>
    <message>
        <source>Claude Code settings restored.</source>
        <translation>已恢复 Claude Code 设置。</translation>
    </message>
    <message>
        <source>Claude Code: on</source>
        <translation>Claude Code：开启</translation>
    </message>
    <message>
        <source>Claude Code: off</source>
        <translation>Claude Code：关闭</translation>
    </message>
</context>
<context>
    <name>TrayStatus</name>
    <message>
        <source>Starting…</source>
        <translation>正在启动…</translation>
    </message>
    <message>
        <source>Proxy not running</source>
        <translation>代理未运行</translation>
    </message>
    <message>
        <source>No ChatGPT account</source>
        <translation>没有 ChatGPT 账户</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>需要登录</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>正在运行</translation>
    </message>
    <message>
        <source>Quota low</source>
        <translation>配额不足</translation>
    </message>
    <message>
        <source>Quota exhausted</source>
        <translation>配额已用尽</translation>
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
        <translation>%1：已用 %2</translation>
    </message>
</context>
<context>
    <name>UiSettings</name>
    <message>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2); using the defaults.</source>
        <translation>%1 不是有效的 JSON（%2）；将使用默认值。</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>UpstreamFailure</name>
    <message>
        <source>ChatGPT rejected the sign-in (%1). Sign in again with `codex-bridge accounts add`.</source>
        <translation>ChatGPT 拒绝了登录（%1）。请使用 `codex-bridge accounts add` 重新登录。</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached; it resets at %1 (in %2 min).</source>
        <translation>已达到 ChatGPT 使用限额；将于 %1 重置（%2 分钟后）。</translation>
    </message>
    <message>
        <source>ChatGPT usage limit reached: %1</source>
        <translation>已达到 ChatGPT 使用限额：%1</translation>
    </message>
    <message>
        <source>Prompt is too long: %1</source>
        <translation>提示词过长：%1</translation>
    </message>
    <message>
        <source>The ChatGPT backend is overloaded: %1</source>
        <translation>ChatGPT 后端过载：%1</translation>
    </message>
    <message>
        <source>The ChatGPT backend failed: %1</source>
        <translation>ChatGPT 后端出错：%1</translation>
    </message>
    <message>
        <source>Could not reach the ChatGPT backend: %1</source>
        <translation>无法连接 ChatGPT 后端：%1</translation>
    </message>
</context>
<context>
    <name>UpstreamRequest</name>
    <message>
        <source>an upstream event exceeded %1 MB</source>
        <translation>上游事件超过了 %1 MB</translation>
    </message>
</context>
<context>
    <name>UsageStats</name>
    <message>
        <source>Cannot read %1: %2. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>无法读取 %1：%2。在修复或删除该文件之前，不会保存使用统计。</translation>
    </message>
    <message>
        <source>%1 is not a usage statistics file. Usage statistics are not saved until it is fixed or removed.</source>
        <translation>%1 不是使用统计文件。在修复或删除该文件之前，不会保存使用统计。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
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
        <translation>用法：codex-bridge [命令] [选项]

不带命令：系统托盘应用程序 [--host ADDRESS] [--port PORT]

命令：
  serve [--host ADDRESS] [--port PORT] [--client-key KEY]
                       运行代理（默认 http://127.0.0.1:8081）
  accounts add [--no-browser] | import [PATH] | list | switch EMAIL
           | remove EMAIL | clear | quota
                       管理 ChatGPT 账户
  claude on | off | status [--host ADDRESS] [--port PORT] [--client-key KEY]
                       将 Claude Code（~/.claude/settings.json）指向此代理，
                       或恢复其之前的设置
  --version            打印版本号
  --help               显示此帮助
</translation>
    </message>
</context>
</TS>
