; Inno Setup script for Advisor Desk (理财顾问工作台).
; Built by `python -m tools.build --installer` (which passes SourceDir and OutputDir).
; Per-user install: no administrator rights, into %LOCALAPPDATA%\Programs\AdvisorDesk.
; Uninstalling removes the program only: the encrypted database, backups and logs in
; %LOCALAPPDATA%\AdvisorDesk belong to the institution and are kept.

#ifndef SourceDir
  #define SourceDir "..\dist\AdvisorDesk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "Advisor Desk"
#define AppVersion "0.1.0"

[Setup]
AppId={{5E4B7B8C-2F0A-4C57-9D2E-1A7C3D9E6B41}
AppName={#AppName}
AppVerName={#AppName} {#AppVersion}
AppVersion={#AppVersion}
AppPublisher=Advisor Desk
DefaultDirName={localappdata}\Programs\AdvisorDesk
DefaultGroupName=Advisor Desk
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DisableProgramGroupPage=yes
OutputDir={#OutputDir}
OutputBaseFilename=AdvisorDesk-Setup
SetupIconFile=..\resources\icons\advisor-desk.ico
UninstallDisplayIcon={app}\AdvisorDesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Advisor Desk\理财顾问工作台 Advisor Desk"; Filename: "{app}\AdvisorDesk.exe"
Name: "{userprograms}\Advisor Desk\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\理财顾问工作台 Advisor Desk"; Filename: "{app}\AdvisorDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\AdvisorDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote next to its files; user data lives elsewhere and stays.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
