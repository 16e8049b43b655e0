<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>Application</name>
    <message>
        <source>The data folder {folder} is incomplete: one of the database and its key file is missing. Restore it from a backup or contact your support desk.</source>
        <translation>The data folder {folder} is incomplete: one of the database and its key file is missing. Restore it from a backup or contact your support desk.</translation>
    </message>
    <message>
        <source>Advisor Desk is already open on this computer. Switch to that window.</source>
        <translation>Advisor Desk is already open on this computer. Switch to that window.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>selftest passed</source>
        <translation>selftest passed</translation>
    </message>
    <message>
        <source>selftest FAILED</source>
        <translation>selftest FAILED</translation>
    </message>
    <message>
        <source>Advisor Desk: suitability-first sales workstation.</source>
        <translation>Advisor Desk: suitability-first sales workstation.</translation>
    </message>
    <message>
        <source>run the headless self-test and exit</source>
        <translation>run the headless self-test and exit</translation>
    </message>
    <message>
        <source>Create a demo database and run scripted cases into DIR.</source>
        <translation>Create a demo database and run scripted cases into DIR.</translation>
    </message>
    <message>
        <source>folder for the case files</source>
        <translation>folder for the case files</translation>
    </message>
    <message>
        <source>number of scripted cases (default 1)</source>
        <translation>number of scripted cases (default 1)</translation>
    </message>
    <message>
        <source>JSON file with the client to use</source>
        <translation>JSON file with the client to use</translation>
    </message>
    <message>
        <source>read the demo password from standard input</source>
        <translation>read the demo password from standard input</translation>
    </message>
    <message>
        <source>must be at least 1</source>
        <translation>must be at least 1</translation>
    </message>
    <message>
        <source>advisor-desk: '{command}' is not available in this version.</source>
        <translation>advisor-desk: '{command}' is not available in this version.</translation>
    </message>
</context>
<context>
    <name>ClientForm</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Show full number</source>
        <translation>Show full number</translation>
    </message>
    <message>
        <source>Show full ID number</source>
        <translation>Show full ID number</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Occupation</source>
        <translation>Occupation</translation>
    </message>
    <message>
        <source>Employer</source>
        <translation>Employer</translation>
    </message>
    <message>
        <source>Annual income (yuan)</source>
        <translation>Annual income (yuan)</translation>
    </message>
    <message>
        <source>Average annual income, last 3 years (yuan)</source>
        <translation>Average annual income, last 3 years (yuan)</translation>
    </message>
    <message>
        <source>Financial assets (yuan)</source>
        <translation>Financial assets (yuan)</translation>
    </message>
    <message>
        <source>Family financial assets (yuan)</source>
        <translation>Family financial assets (yuan)</translation>
    </message>
    <message>
        <source>Family financial net assets (yuan)</source>
        <translation>Family financial net assets (yuan)</translation>
    </message>
    <message>
        <source>Years of investment experience</source>
        <translation>Years of investment experience</translation>
    </message>
    <message>
        <source>Occupation and finances</source>
        <translation>Occupation and finances</translation>
    </message>
    <message>
        <source>Civil capacity</source>
        <translation>Civil capacity</translation>
    </message>
    <message>
        <source>Guardian</source>
        <translation>Guardian</translation>
    </message>
    <message>
        <source>The guardian consents</source>
        <translation>The guardian consents</translation>
    </message>
    <message>
        <source>Investor class</source>
        <translation>Investor class</translation>
    </message>
    <message>
        <source>Capacity and classification</source>
        <translation>Capacity and classification</translation>
    </message>
    <message>
        <source>Notice version: {v}</source>
        <translation>Notice version: {v}</translation>
    </message>
    <message>
        <source>The client separately consents to processing sensitive personal information</source>
        <translation>The client separately consents to processing sensitive personal information</translation>
    </message>
    <message>
        <source>The client separately consents to sharing with product issuers</source>
        <translation>The client separately consents to sharing with product issuers</translation>
    </message>
    <message>
        <source>Personal information consents</source>
        <translation>Personal information consents</translation>
    </message>
    <message>
        <source>Reload saved version</source>
        <translation>Reload saved version</translation>
    </message>
    <message>
        <source>Back to clients</source>
        <translation>Back to clients</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>{masked} — leave empty to keep</source>
        <translation>{masked} — leave empty to keep</translation>
    </message>
    <message>
        <source>{kind}: {state} ({version}, {at})</source>
        <translation>{kind}: {state} ({version}, {at})</translation>
    </message>
    <message>
        <source>Sensitive information</source>
        <translation>Sensitive information</translation>
    </message>
    <message>
        <source>Sharing with issuers</source>
        <translation>Sharing with issuers</translation>
    </message>
    <message>
        <source>granted</source>
        <translation>granted</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <source>Discard what you typed and load the saved version?</source>
        <translation>Discard what you typed and load the saved version?</translation>
    </message>
    <message>
        <source>Full ID number: {n} (hidden again in {s} s)</source>
        <translation>Full ID number: {n} (hidden again in {s} s)</translation>
    </message>
</context>
<context>
    <name>ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Birth date</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>This client does not exist or is not yours.</source>
        <translation>This client does not exist or is not yours.</translation>
    </message>
    <message>
        <source>A client with this ID number already exists.</source>
        <translation>A client with this ID number already exists.</translation>
    </message>
    <message>
        <source>Someone else saved this client while you were editing it. Your changes are kept in the form; reload to see theirs, then apply yours again.</source>
        <translation>Someone else saved this client while you were editing it. Your changes are kept in the form; reload to see theirs, then apply yours again.</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Search clients</translation>
    </message>
    <message>
        <source>Name, mobile number, or last 4 ID characters</source>
        <translation>Name, mobile number, or last 4 ID characters</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Client list</source>
        <translation>Client list</translation>
    </message>
    <message>
        <source>No client matches.</source>
        <translation>No client matches.</translation>
    </message>
    <message>
        <source>No clients yet.</source>
        <translation>No clients yet.</translation>
    </message>
    <message>
        <source>{n} shown; scroll for more.</source>
        <translation>{n} shown; scroll for more.</translation>
    </message>
    <message>
        <source>{n} clients.</source>
        <translation>{n} clients.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Advisor Desk ran into a problem</source>
        <translation>Advisor Desk ran into a problem</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. What you saved is safe; the step you were on may not have finished. The details below are in the log as well — copy them for your support desk.</source>
        <translation>Something went wrong that should not have. What you saved is safe; the step you were on may not have finished. The details below are in the log as well — copy them for your support desk.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Error details</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>{folder} holds a real (non-demo) database; the demo will not touch it. Point ADVISOR_DESK_HOME at an empty folder.</source>
        <translation>{folder} holds a real (non-demo) database; the demo will not touch it. Point ADVISOR_DESK_HOME at an empty folder.</translation>
    </message>
    <message>
        <source>advisor-desk demo: warning: using the documented demo password '{password}'; use --password-stdin for another.</source>
        <translation>advisor-desk demo: warning: using the documented demo password '{password}'; use --password-stdin for another.</translation>
    </message>
</context>
<context>
    <name>Forms</name>
    <message>
        <source>Password rules:</source>
        <translation>Password rules:</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>Role: {role}</source>
        <translation>Role: {role}</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Find a client</translation>
    </message>
    <message>
        <source>New client</source>
        <translation>New client</translation>
    </message>
    <message>
        <source>Manage users</source>
        <translation>Manage users</translation>
    </message>
    <message>
        <source>Clients you can see: {n}</source>
        <translation>Clients you can see: {n}</translation>
    </message>
    <message>
        <source>Your role does not work with client records.</source>
        <translation>Your role does not work with client records.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>Mainland travel permit (HK/Macao)</source>
        <translation>Mainland travel permit (HK/Macao)</translation>
    </message>
    <message>
        <source>Mainland travel permit (Taiwan)</source>
        <translation>Mainland travel permit (Taiwan)</translation>
    </message>
    <message>
        <source>Residence permit (HK/Macao/Taiwan)</source>
        <translation>Residence permit (HK/Macao/Taiwan)</translation>
    </message>
    <message>
        <source>Foreigner's permanent residence ID</source>
        <translation>Foreigner's permanent residence ID</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Not stated</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Full civil capacity</source>
        <translation>Full civil capacity</translation>
    </message>
    <message>
        <source>Limited civil capacity</source>
        <translation>Limited civil capacity</translation>
    </message>
    <message>
        <source>No civil capacity</source>
        <translation>No civil capacity</translation>
    </message>
    <message>
        <source>Ordinary investor</source>
        <translation>Ordinary investor</translation>
    </message>
    <message>
        <source>Professional investor</source>
        <translation>Professional investor</translation>
    </message>
    <message>
        <source>Advisor</source>
        <translation>Advisor</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Service staff</source>
        <translation>Service staff</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Advisor Desk is locked</source>
        <translation>Advisor Desk is locked</translation>
    </message>
    <message>
        <source>Signed in as {name} ({user}). Enter your password to continue; what you had typed is kept.</source>
        <translation>Signed in as {name} ({user}). Enter your password to continue; what you had typed is kept.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
</context>
<context>
    <name>Login</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Try again in {s} seconds.</source>
        <translation>Try again in {s} seconds.</translation>
    </message>
    <message>
        <source>This account is locked after 10 failed attempts. Ask an administrator to unlock it.</source>
        <translation>This account is locked after 10 failed attempts. Ask an administrator to unlock it.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in {s} seconds.</source>
        <translation>Too many failed attempts. Try again in {s} seconds.</translation>
    </message>
    <message>
        <source>The database could not be opened: it is damaged, or it does not match this folder's key file. You can restore the latest backup.</source>
        <translation>The database could not be opened: it is damaged, or it does not match this folder's key file. You can restore the latest backup.</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>This account is disabled.</translation>
    </message>
    <message>
        <source>The recovery code is wrong.</source>
        <translation>The recovery code is wrong.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Advisor Desk — sign in</source>
        <translation>Advisor Desk — sign in</translation>
    </message>
    <message>
        <source>Advisor Desk</source>
        <translation>Advisor Desk</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Forgot password…</source>
        <translation>Forgot password…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Wait {s} s</source>
        <translation>Wait {s} s</translation>
    </message>
    <message>
        <source>Choose a new password to continue.</source>
        <translation>Choose a new password to continue.</translation>
    </message>
    <message>
        <source>No backup is available. Contact your support desk.</source>
        <translation>No backup is available. Contact your support desk.</translation>
    </message>
    <message>
        <source>Restore the latest backup ({name})? The damaged database is kept aside, not deleted. Work done after that backup is not in it.</source>
        <translation>Restore the latest backup ({name})? The damaged database is kept aside, not deleted. Work done after that backup is not in it.</translation>
    </message>
    <message>
        <source>The backup was restored. Sign in again.</source>
        <translation>The backup was restored. Sign in again.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>advisor-desk: no display found; the GUI needs one. Headless, use 'advisor-desk --selftest' or 'advisor-desk demo --out DIR'.</source>
        <translation>advisor-desk: no display found; the GUI needs one. Headless, use 'advisor-desk --selftest' or 'advisor-desk demo --out DIR'.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Advisor Desk</source>
        <translation>Advisor Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>{name} ({role})</source>
        <translation>{name} ({role})</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Advisor Desk</source>
        <translation>Advisor Desk</translation>
    </message>
</context>
<context>
    <name>PasswordDialogs</name>
    <message>
        <source>Change password</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own.</source>
        <translation>Your password was set by an administrator. Choose your own.</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Current password</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>New password</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>Repeat new password</translation>
    </message>
    <message>
        <source>Recover access</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>Enter the recovery code written down at setup, the user whose password is forgotten, and a new password for them. This is recorded in the audit trail.</source>
        <translation>Enter the recovery code written down at setup, the user whose password is forgotten, and a new password for them. This is recorded in the audit trail.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>The new password is set. Sign in with it.</source>
        <translation>The new password is set. Sign in with it.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <source>At least {n} characters.</source>
        <translation>At least {n} characters.</translation>
    </message>
    <message>
        <source>Letters and digits both.</source>
        <translation>Letters and digits both.</translation>
    </message>
    <message>
        <source>Must not contain the user name.</source>
        <translation>Must not contain the user name.</translation>
    </message>
    <message>
        <source>The password needs at least {n} characters.</source>
        <translation>The password needs at least {n} characters.</translation>
    </message>
    <message>
        <source>The password needs both letters and digits.</source>
        <translation>The password needs both letters and digits.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>The password must not contain the user name.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <source>Your role ({role}) may not do this: {permission}.</source>
        <translation>Your role ({role}) may not do this: {permission}.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Choose a value from {lo} to {hi}.</source>
        <translation>Choose a value from {lo} to {hi}.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Change my password…</source>
        <translation>Change my password…</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Lock after idle</source>
        <translation>Lock after idle</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Verify audit trail</source>
        <translation>Verify audit trail</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>The language changes the next time Advisor Desk starts.</source>
        <translation>The language changes the next time Advisor Desk starts.</translation>
    </message>
    <message>
        <source>The audit trail is intact: {n} events, head {h}.</source>
        <translation>The audit trail is intact: {n} events, head {h}.</translation>
    </message>
    <message>
        <source>The audit trail is BROKEN at event {seq} ({problem}). Report this to compliance.</source>
        <translation>The audit trail is BROKEN at event {seq} ({problem}). Report this to compliance.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>The two passwords differ.</translation>
    </message>
    <message>
        <source>A user name is required.</source>
        <translation>A user name is required.</translation>
    </message>
    <message>
        <source>User names have 3–32 characters: lowercase letters, digits, '.', '_' or '-'.</source>
        <translation>User names have 3–32 characters: lowercase letters, digits, '.', '_' or '-'.</translation>
    </message>
    <message>
        <source>{label} is required.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>This data folder is already set up.</source>
        <translation>This data folder is already set up.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up Advisor Desk</source>
        <translation>Set up Advisor Desk</translation>
    </message>
    <message>
        <source>This creates the encrypted database on this computer and its first administrator. Client data never leaves this database unencrypted.</source>
        <translation>This creates the encrypted database on this computer and its first administrator. Client data never leaves this database unencrypted.</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>Administrator user name</translation>
    </message>
    <message>
        <source>Administrator name</source>
        <translation>Administrator name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <source>Branch code</source>
        <translation>Branch code</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Branch name</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Device name</translation>
    </message>
    <message>
        <source>Create database</source>
        <translation>Create database</translation>
    </message>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>Write this code down and keep it somewhere safe, away from this computer. It is shown only now. If every administrator password is forgotten, this code is the only way to open the data again.</source>
        <translation>Write this code down and keep it somewhere safe, away from this computer. It is shown only now. If every administrator password is forgotten, this code is the only way to open the data again.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>I have written the recovery code down</source>
        <translation>I have written the recovery code down</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>Users</name>
    <message>
        <source>No user named {name}.</source>
        <translation>No user named {name}.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>This user name is taken.</source>
        <translation>This user name is taken.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>You cannot disable your own account.</translation>
    </message>
    <message>
        <source>Enable the account before resetting it.</source>
        <translation>Enable the account before resetting it.</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>New user</source>
        <translation>New user</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>Temporary password</translation>
    </message>
    <message>
        <source>Temporary password for {user}</source>
        <translation>Temporary password for {user}</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Users</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>New user…</source>
        <translation>New user…</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Disable</translation>
    </message>
    <message>
        <source>Enable…</source>
        <translation>Enable…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Locked after failed sign-ins</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>Must change password</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Select a user first.</source>
        <translation>Select a user first.</translation>
    </message>
    <message>
        <source>Disable {user}? They can no longer sign in.</source>
        <translation>Disable {user}? They can no longer sign in.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>The mobile number is required.</source>
        <translation>The mobile number is required.</translation>
    </message>
    <message>
        <source>This is not a valid mobile number; foreign numbers need their +country code.</source>
        <translation>This is not a valid mobile number; foreign numbers need their +country code.</translation>
    </message>
    <message>
        <source>This is a valid number but not a mobile number; please give a mobile number.</source>
        <translation>This is a valid number but not a mobile number; please give a mobile number.</translation>
    </message>
    <message>
        <source>This is not a valid e-mail address (name@example.com).</source>
        <translation>This is not a valid e-mail address (name@example.com).</translation>
    </message>
    <message>
        <source>The date is required.</source>
        <translation>The date is required.</translation>
    </message>
    <message>
        <source>Enter the date as YYYY-MM-DD, e.g. 1990-03-01.</source>
        <translation>Enter the date as YYYY-MM-DD, e.g. 1990-03-01.</translation>
    </message>
    <message>
        <source>The date {text} does not exist.</source>
        <translation>The date {text} does not exist.</translation>
    </message>
    <message>
        <source>The birth date {digits} in the ID number is not a real date.</source>
        <translation>The birth date {digits} in the ID number is not a real date.</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is before 1900-01-01.</source>
        <translation>The birth date {date} in the ID number is before 1900-01-01.</translation>
    </message>
    <message>
        <source>The birth date {date} in the ID number is in the future.</source>
        <translation>The birth date {date} in the ID number is in the future.</translation>
    </message>
    <message>
        <source>A mainland ID number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</source>
        <translation>A mainland ID number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</translation>
    </message>
    <message>
        <source>A residence permit number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</source>
        <translation>A residence permit number has 18 characters (ISO 7064 MOD 11-2); this one has {count}.</translation>
    </message>
    <message>
        <source>A permanent residence ID number has 18 characters (old cards 15); this one has {count}.</source>
        <translation>A permanent residence ID number has 18 characters (old cards 15); this one has {count}.</translation>
    </message>
    <message>
        <source>An 18-character ID number has 17 digits followed by a digit or X.</source>
        <translation>An 18-character ID number has 17 digits followed by a digit or X.</translation>
    </message>
    <message>
        <source>The region code (first 6 digits) cannot start with 0.</source>
        <translation>The region code (first 6 digits) cannot start with 0.</translation>
    </message>
    <message>
        <source>A residence permit number starts with 810000, 820000 or 830000.</source>
        <translation>A residence permit number starts with 810000, 820000 or 830000.</translation>
    </message>
    <message>
        <source>An 18-character permanent residence ID number starts with 9.</source>
        <translation>An 18-character permanent residence ID number starts with 9.</translation>
    </message>
    <message>
        <source>The check character (last, ISO 7064 MOD 11-2) does not match; please re-check the number.</source>
        <translation>The check character (last, ISO 7064 MOD 11-2) does not match; please re-check the number.</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 characters; this one has {count}.</source>
        <translation>A passport number has 5 to 20 characters; this one has {count}.</translation>
    </message>
    <message>
        <source>A passport number contains only letters A-Z and digits.</source>
        <translation>A passport number contains only letters A-Z and digits.</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number has 9 or 11 characters; this one has {count}.</source>
        <translation>A Hong Kong/Macao permit number has 9 or 11 characters; this one has {count}.</translation>
    </message>
    <message>
        <source>A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.</source>
        <translation>A Hong Kong/Macao permit number is H or M followed by 8 or 10 digits.</translation>
    </message>
    <message>
        <source>A Taiwan permit number has 8 characters (older ones 10); this one has {count}.</source>
        <translation>A Taiwan permit number has 8 characters (older ones 10); this one has {count}.</translation>
    </message>
    <message>
        <source>A Taiwan permit number is 8 digits (older ones: 8 digits and 2 letters or digits).</source>
        <translation>A Taiwan permit number is 8 digits (older ones: 8 digits and 2 letters or digits).</translation>
    </message>
    <message>
        <source>A 15-character permanent residence ID number is 3 letters followed by 12 digits.</source>
        <translation>A 15-character permanent residence ID number is 3 letters followed by 12 digits.</translation>
    </message>
    <message>
        <source>The ID number is required.</source>
        <translation>The ID number is required.</translation>
    </message>
    <message>
        <source>Unknown ID document type: {id_type}.</source>
        <translation>Unknown ID document type: {id_type}.</translation>
    </message>
    <message>
        <source>The birth date {declared} differs from the one in the ID number ({encoded}).</source>
        <translation>The birth date {declared} differs from the one in the ID number ({encoded}).</translation>
    </message>
    <message>
        <source>Choose one of the listed options.</source>
        <translation>Choose one of the listed options.</translation>
    </message>
    <message>
        <source>The client's name is required.</source>
        <translation>The client's name is required.</translation>
    </message>
    <message>
        <source>A name has at most 100 characters.</source>
        <translation>A name has at most 100 characters.</translation>
    </message>
    <message>
        <source>The birth date is in the future.</source>
        <translation>The birth date is in the future.</translation>
    </message>
    <message>
        <source>Nationality is a 3-letter ISO 3166 code, such as CHN.</source>
        <translation>Nationality is a 3-letter ISO 3166 code, such as CHN.</translation>
    </message>
    <message>
        <source>Years of investment experience is a whole number from 0 to 80.</source>
        <translation>Years of investment experience is a whole number from 0 to 80.</translation>
    </message>
    <message>
        <source>A client without full civil capacity needs a guardian (Civil Code Arts 17–22).</source>
        <translation>A client without full civil capacity needs a guardian (Civil Code Arts 17–22).</translation>
    </message>
    <message>
        <source>Separate consent to process sensitive personal information is required (PIPL Art. 29).</source>
        <translation>Separate consent to process sensitive personal information is required (PIPL Art. 29).</translation>
    </message>
    <message>
        <source>The amount is required.</source>
        <translation>The amount is required.</translation>
    </message>
    <message>
        <source>Enter the amount as a plain number in yuan, such as 1000 or 1,000.50.</source>
        <translation>Enter the amount as a plain number in yuan, such as 1000 or 1,000.50.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount can have at most 2 decimal places (fen).</source>
        <translation>The amount can have at most 2 decimal places (fen).</translation>
    </message>
    <message>
        <source>The amount cannot exceed {maximum} yuan.</source>
        <translation>The amount cannot exceed {maximum} yuan.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
</context>
</TS>