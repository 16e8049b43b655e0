<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Application</name>
    <message>
        <source>The data folder {folder} is incomplete: one of the database and its key file is missing. Restore it from a backup or contact your support desk.</source>
        <translation>数据文件夹 {folder} 不完整：数据库文件与其密钥文件缺少其中之一。请从备份恢复，或联系技术支持。</translation>
    </message>
    <message>
        <source>Advisor Desk is already open on this computer. Switch to that window.</source>
        <translation>理财顾问工作台已在本机打开，请切换到该窗口。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>selftest passed</source>
        <translation>自检通过</translation>
    </message>
    <message>
        <source>selftest FAILED</source>
        <translation>自检失败</translation>
    </message>
    <message>
        <source>Advisor Desk: suitability-first sales workstation.</source>
        <translation>理财顾问工作台：适当性优先的销售工作台。</translation>
    </message>
    <message>
        <source>run the headless self-test and exit</source>
        <translation>运行无界面自检后退出</translation>
    </message>
    <message>
        <source>Create a demo database and run scripted cases into DIR.</source>
        <translation>创建演示数据库，并将脚本化案例输出到 DIR。</translation>
    </message>
    <message>
        <source>folder for the case files</source>
        <translation>案例文件的输出文件夹</translation>
    </message>
    <message>
        <source>number of scripted cases (default 1)</source>
        <translation>脚本化案例的数量（默认 1）</translation>
    </message>
    <message>
        <source>JSON file with the client to use</source>
        <translation>指定所用客户的 JSON 文件</translation>
    </message>
    <message>
        <source>read the demo password from standard input</source>
        <translation>从标准输入读取演示密码</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>至少为 1</translation>
    </message>
    <message>
        <source>advisor-desk: &apos;{command}&apos; is not available in this version.</source>
        <translation>advisor-desk：此版本不支持“{command}”命令。</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>显示完整号码</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>显示完整证件号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>身份信息</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮箱</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>职业</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>工作单位</translation>
    </message>
    <message>
        <source>Annual income (yuan)</source>
        <translation>年收入（元）</translation>
    </message>
    <message>
        <source>Average annual income, last 3 years (yuan)</source>
        <translation>近三年年均收入（元）</translation>
    </message>
    <message>
        <source>Financial assets (yuan)</source>
        <translation>金融资产（元）</translation>
    </message>
    <message>
        <source>Family financial assets (yuan)</source>
        <translation>家庭金融资产（元）</translation>
    </message>
    <message>
        <source>Family financial net assets (yuan)</source>
        <translation>家庭金融净资产（元）</translation>
    </message>
    <message>
        <source>Years of investment experience</source>
        <translation>投资经验年限</translation>
    </message>
    <message>
        <source>Occupation and finances</source>
        <translation>职业与财务状况</translation>
    </message>
    <message>
        <source>Civil capacity</source>
        <translation>民事行为能力</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>监护人</translation>
    </message>
    <message>
        <source>The guardian consents</source>
        <translation>监护人同意</translation>
    </message>
    <message>
        <source>Investor class</source>
        <translation>投资者类别</translation>
    </message>
    <message>
        <source>Capacity and classification</source>
        <translation>民事行为能力与投资者分类</translation>
    </message>
    <message>
        <source>Notice version: {v}</source>
        <translation>告知书版本：{v}</translation>
    </message>
    <message>
        <source>The client separately consents to processing sensitive personal information</source>
        <translation>客户单独同意处理其敏感个人信息</translation>
    </message>
    <message>
        <source>The client separately consents to sharing with product issuers</source>
        <translation>客户单独同意向产品发行机构提供其个人信息</translation>
    </message>
    <message>
        <source>Personal information consents</source>
        <translation>个人信息处理同意</translation>
    </message>
    <message>
        <source>Reload saved version</source>
        <translation>重新加载已保存版本</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>返回客户列表</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>{masked} — leave empty to keep</source>
        <translation>{masked}（留空则保持不变）</translation>
    </message>
    <message>
        <source>{kind}: {state} ({version}, {at})</source>
        <translation>{kind}：{state}（{version}，{at}）</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>敏感个人信息</translation>
    </message>
    <message>
        <source>Sharing with issuers</source>
        <translation>向产品发行机构提供</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <source>Discard what you typed and load the saved version?</source>
        <translation>放弃已输入的内容并加载已保存的版本？</translation>
    </message>
    <message>
        <source>Full ID number: {n} (hidden again in {s} s)</source>
        <translation>完整证件号码：{n}（{s} 秒后再次隐藏）</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>This client does not exist or is not yours.</source>
        <translation>该客户不存在，或不归属于您。</translation>
    </message>
    <message>
        <source>A client with this ID number already exists.</source>
        <translation>已存在相同证件号码的客户。</translation>
    </message>
    <message>
        <source>Someone else saved this client while you were editing it. Your changes are kept in the form; reload to see theirs, then apply yours again.</source>
        <translation>在您编辑期间，其他人已保存了该客户信息。您的修改仍保留在表单中；请重新加载以查看对方的修改，然后再次应用您的修改。</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>搜索客户</translation>
    </message>
    <message>
        <source>Name, mobile number, or last 4 ID characters</source>
        <translation>姓名、手机号码或证件号码后 4 位</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>没有匹配的客户。</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>暂无客户。</translation>
    </message>
    <message>
        <source>{n} shown; scroll for more.</source>
        <translation>已显示 {n} 位；滚动可查看更多。</translation>
    </message>
    <message>
        <source>{n} clients.</source>
        <translation>共 {n} 位客户。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Advisor Desk ran into a problem</source>
        <translation>理财顾问工作台遇到问题</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. What you saved is safe; the step you were on may not have finished. The details below are in the log as well — copy them for your support desk.</source>
        <translation>发生了本不应出现的错误。您已保存的内容是安全的，但当前正在进行的操作可能未完成。以下详细信息也已记入日志，请复制后提供给技术支持。</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>错误详情</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>复制详情</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{folder} holds a real (non-demo) database; the demo will not touch it. Point ADVISOR_DESK_HOME at an empty folder.</source>
        <translation>{folder} 中是真实（非演示）数据库，演示不会改动它。请将 ADVISOR_DESK_HOME 指向一个空文件夹。</translation>
    </message>
    <message>
        <source>advisor-desk demo: warning: using the documented demo password &apos;{password}&apos;; use --password-stdin for another.</source>
        <translation>advisor-desk demo：警告：正在使用文档中公开的演示密码“{password}”；如需其他密码，请使用 --password-stdin。</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Password rules:</source>
        <translation>密码规则：</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>欢迎，{name}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>角色：{role}</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>查找客户</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>管理用户</translation>
    </message>
    <message>
        <source>Clients you can see: {n}</source>
        <translation>您可查看的客户数：{n}</translation>
    </message>
    <message>
        <source>Your role does not work with client records.</source>
        <translation>您的角色不涉及客户档案处理。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>港澳居民来往内地通行证</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>台湾居民来往大陆通行证</translation>
    </message>
    <message>
        <source>Residence permit (HK/Macao/Taiwan)</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Foreigner&apos;s permanent residence ID</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Full civil capacity</source>
        <translation>完全民事行为能力</translation>
    </message>
    <message>
        <source>Limited civil capacity</source>
        <translation>限制民事行为能力</translation>
    </message>
    <message>
        <source>No civil capacity</source>
        <translation>无民事行为能力</translation>
    </message>
    <message>
        <source>Ordinary investor</source>
        <translation>普通投资者</translation>
    </message>
    <message>
        <source>Professional investor</source>
        <translation>专业投资者</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>理财顾问</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>客服人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Advisor Desk is locked</source>
        <translation>理财顾问工作台已锁定</translation>
    </message>
    <message>
        <source>Signed in as {name} ({user}). Enter your password to continue; what you had typed is kept.</source>
        <translation>当前登录用户：{name}（{user}）。请输入密码以继续；您已输入的内容会保留。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>Try again in {s} seconds.</source>
        <translation>请在 {s} 秒后重试。</translation>
    </message>
    <message>
        <source>This account is locked after 10 failed attempts. Ask an administrator to unlock it.</source>
        <translation>该账户因连续 10 次登录失败已被锁定，请联系系统管理员解锁。</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {s} seconds.</source>
        <translation>失败次数过多，请在 {s} 秒后重试。</translation>
    </message>
    <message>
        <source>The database could not be opened: it is damaged, or it does not match this folder&apos;s key file. You can restore the latest backup.</source>
        <translation>无法打开数据库：数据库已损坏，或与本文件夹的密钥文件不匹配。您可以恢复最近的备份。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>该账户已停用。</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>恢复码错误。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Advisor Desk — sign in</source>
        <translation>理财顾问工作台 — 登录</translation>
    </message>
    <message>
        <source>Advisor Desk</source>
        <translation>理财顾问工作台</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Forgot password…</source>
        <translation>忘记密码…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <source>Wait {s} s</source>
        <translation>请等待 {s} 秒</translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation>请设置新密码以继续。</translation>
    </message>
    <message>
        <source>No backup is available. Contact your support desk.</source>
        <translation>没有可用的备份，请联系技术支持。</translation>
    </message>
    <message>
        <source>Restore the latest backup ({name})? The damaged database is kept aside, not deleted. Work done after that backup is not in it.</source>
        <translation>是否恢复最近一次备份（{name}）？已损坏的数据库将另行保留，不会被删除。该备份之后完成的工作不包含在其中。</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>备份已恢复，请重新登录。</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>advisor-desk: no display found; the GUI needs one. Headless, use &apos;advisor-desk --selftest&apos; or &apos;advisor-desk demo --out DIR&apos;.</source>
        <translation>advisor-desk：未检测到显示器，图形界面无法运行。在无界面环境中，请使用“advisor-desk --selftest”或“advisor-desk demo --out DIR”。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Advisor Desk</source>
        <translation>理财顾问工作台</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>锁定</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name}（{role}）</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Advisor Desk</source>
        <translation>理财顾问工作台</translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own.</source>
        <translation>您的密码由系统管理员设置，请设置您自己的密码。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>恢复访问</translation>
    </message>
    <message>
        <source>Enter the recovery code written down at setup, the user whose password is forgotten, and a new password for them. This is recorded in the audit trail.</source>
        <translation>请输入初始化时记下的恢复码、忘记密码的用户名，以及为该用户设置的新密码。此操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>The new password is set. Sign in with it.</source>
        <translation>新密码已设置，请使用新密码登录。</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>At least {n} characters.</source>
        <translation>至少 {n} 个字符。</translation>
    </message>
    <message>
        <source>Letters and digits both.</source>
        <translation>须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>Must not contain the user name.</source>
        <translation>不得包含用户名。</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>密码至少需要 {n} 个字符。</translation>
    </message>
    <message>
        <source>The password needs both letters and digits.</source>
        <translation>密码须同时包含字母和数字。</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>密码不得包含用户名。</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation>您的角色（{role}）无权执行此操作：{permission}。</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a value from {lo} to {hi}.</source>
        <translation>请选择 {lo} 至 {hi} 之间的值。</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>修改我的密码…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>空闲锁定时间（分钟）</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>空闲锁定</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>The language changes the next time Advisor Desk starts.</source>
        <translation>语言设置将在下次启动理财顾问工作台时生效。</translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} events, head {h}.</source>
        <translation>审计日志完整：共 {n} 条事件，链头哈希 {h}。</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at event {seq} ({problem}). Report this to compliance.</source>
        <translation>审计日志在第 {seq} 条事件处已被破坏（{problem}）。请向合规部门报告。</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>请填写用户名。</translation>
    </message>
    <message>
        <source>User names have 3–32 characters: lowercase letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>用户名为 3–32 个字符，只能包含小写字母、数字、“.”、“_”或“-”。</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>请填写{label}。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>此数据文件夹已完成初始化。</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up Advisor Desk</source>
        <translation>初始化理财顾问工作台</translation>
    </message>
    <message>
        <source>This creates the encrypted database on this computer and its first administrator. Client data never leaves this database unencrypted.</source>
        <translation>此操作将在本机创建加密数据库及首个系统管理员账户。客户数据离开此数据库时始终保持加密。</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>系统管理员用户名</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>系统管理员姓名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>创建数据库</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>您的恢复码</translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this computer. It is shown only now. If every administrator password is forgotten, this code is the only way to open the data again.</source>
        <translation>请抄下此恢复码，并妥善保管在远离本机的安全地点。恢复码仅在此时显示一次。如果所有系统管理员的密码都已遗忘，此恢复码是重新打开数据的唯一途径。</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>恢复码</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>我已抄下恢复码</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>No user named {name}.</source>
        <translation>不存在用户名为 {name} 的用户。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>该用户名已被占用。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>不能停用您自己的账户。</translation>
    </message>
    <message>
        <source>Enable the account before resetting it.</source>
        <translation>请先启用该账户，再重置密码。</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>New user</source>
        <translation>新建用户</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>临时密码</translation>
    </message>
    <message>
        <source>Temporary password for {user}</source>
        <translation>{user} 的临时密码</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>新建用户…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>启用…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>因登录失败已锁定</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>须修改密码</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>请先选择一个用户。</translation>
    </message>
    <message>
        <source>Disable {user}? They can no longer sign in.</source>
        <translation>确定停用 {user} 吗？停用后该用户将无法登录。</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The mobile number is required.</source>
        <translation>请填写手机号码。</translation>
    </message>
    <message>
        <source>This is not a valid mobile number; foreign numbers need their +country code.</source>
        <translation>手机号码无效；境外号码须加上“+国家/地区代码”。</translation>
    </message>
    <message>
        <source>This is a valid number but not a mobile number; please give a mobile number.</source>
        <translation>该号码有效，但不是手机号码，请提供手机号码。</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (name@example.com).</source>
        <translation>电子邮箱地址无效（格式如 name@example.com）。</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>请填写日期。</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1990-03-01.</source>
        <translation>请按 YYYY-MM-DD 格式输入日期，例如 1990-03-01。</translation>
    </message>
    <message>
        <source>The date {text} does not exist.</source>
        <translation>日期 {text} 不存在。</translation>
    </message>
    <message>
        <source>The birth date {digits} in the ID number is not a real date.</source>
        <translation>证件号码中的出生日期 {digits} 不是有效日期。</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is before 1900-01-01.</source>
        <translation>证件号码中的出生日期 {date} 早于 1900-01-01。</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is in the future.</source>
        <translation>证件号码中的出生日期 {date} 晚于当前日期。</translation>
    </message>
    <message>
        <source>A mainland ID number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</source>
        <translation>居民身份证号码应为 18 位（ISO 7064 MOD 11-2），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>A residence permit number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</source>
        <translation>居住证号码应为 18 位（ISO 7064 MOD 11-2），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>A permanent residence ID number has 18 characters (old cards 15); this one has {count}.</source>
        <translation>永久居留身份证号码应为 18 位（旧版证件为 15 位），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>An 18-character ID number has 17 digits followed by a digit or X.</source>
        <translation>18 位证件号码应为 17 位数字加 1 位数字或 X。</translation>
    </message>
    <message>
        <source>The region code (first 6 digits) cannot start with 0.</source>
        <translation>行政区划代码（前 6 位）不能以 0 开头。</translation>
    </message>
    <message>
        <source>A residence permit number starts with 810000, 820000 or 830000.</source>
        <translation>居住证号码应以 810000、820000 或 830000 开头。</translation>
    </message>
    <message>
        <source>An 18-character permanent residence ID number starts with 9.</source>
        <translation>18 位永久居留身份证号码应以 9 开头。</translation>
    </message>
    <message>
        <source>The check character (last, ISO 7064 MOD 11-2) does not match; please re-check the number.</source>
        <translation>校验码（最后一位，ISO 7064 MOD 11-2）不匹配，请重新核对号码。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 characters; this one has {count}.</source>
        <translation>护照号码应为 5 至 20 个字符，当前为 {count} 个。</translation>
    </message>
    <message>
        <source>A passport number contains only letters A-Z and digits.</source>
        <translation>护照号码只能包含字母 A-Z 和数字。</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number has 9 or 11 characters; this one has {count}.</source>
        <translation>港澳通行证号码应为 9 位或 11 位，当前为 {count} 位。</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.</source>
        <translation>港澳通行证号码应为 H 或 M 加 8 位或 10 位数字。</translation>
    </message>
    <message>
        <source>A Taiwan permit number has 8 characters (older ones 10); this one has {count}.</source>
        <translation>台湾通行证号码应为 8 位（旧版为 10 位），当前为 {count} 位。</translation>
    </message>
    <message>
        <source>A Taiwan permit number is 8 digits (older ones: 8 digits and 2 letters or digits).</source>
        <translation>台湾通行证号码应为 8 位数字（旧版为 8 位数字加 2 位字母或数字）。</translation>
    </message>
    <message>
        <source>A 15-character permanent residence ID number is 3 letters followed by 12 digits.</source>
        <translation>15 位永久居留身份证号码应为 3 个字母加 12 位数字。</translation>
    </message>
    <message>
        <source>The ID number is required.</source>
        <translation>请填写证件号码。</translation>
    </message>
    <message>
        <source>Unknown ID document type: {id_type}.</source>
        <translation>未知的证件类型：{id_type}。</translation>
    </message>
    <message>
        <source>The birth date {declared} differs from the one in the ID number ({encoded}).</source>
        <translation>出生日期 {declared} 与证件号码中的出生日期（{encoded}）不一致。</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>请从列出的选项中选择一项。</translation>
    </message>
    <message>
        <source>The client&apos;s name is required.</source>
        <translation>请填写客户姓名。</translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation>姓名最多 100 个字符。</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>出生日期晚于当前日期。</translation>
    </message>
    <message>
        <source>Nationality is a 3-letter ISO 3166 code, such as CHN.</source>
        <translation>国籍须为 3 位字母的 ISO 3166 代码，例如 CHN。</translation>
    </message>
    <message>
        <source>Years of investment experience is a whole number from 0 to 80.</source>
        <translation>投资经验年限须为 0 至 80 之间的整数。</translation>
    </message>
    <message>
        <source>A client without full civil capacity needs a guardian (Civil Code Arts 17–22).</source>
        <translation>不具有完全民事行为能力的客户须有监护人（《民法典》第十七至二十二条）。</translation>
    </message>
    <message>
        <source>Separate consent to process sensitive personal information is required (PIPL Art. 29).</source>
        <translation>须取得客户对处理敏感个人信息的单独同意（《个人信息保护法》第二十九条）。</translation>
    </message>
    <message>
        <source>The amount is required.</source>
        <translation>请填写金额。</translation>
    </message>
    <message>
        <source>Enter the amount as a plain number in yuan, such as 1000 or 1,000.50.</source>
        <translation>请以元为单位输入纯数字金额，例如 1000 或 1,000.50。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount can have at most 2 decimal places (fen).</source>
        <translation>金额最多保留 2 位小数（精确到分）。</translation>
    </message>
    <message>
        <source>The amount cannot exceed {maximum} yuan.</source>
        <translation>金额不能超过 {maximum} 元。</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
</context>
</TS>
