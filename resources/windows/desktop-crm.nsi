; The Windows installer of desktop-crm (PKG-1), made from the PyInstaller folder:
;
;   pyinstaller --noconfirm build.spec
;   makensis /DVERSION=0.1.0 /DSOURCE_DIR=dist\desktop-crm /DOUT_FILE=dist\desktop-crm-0.1.0-setup.exe resources\windows\desktop-crm.nsi
;
; It installs for the current user without administrator rights, or for every user of the
; computer (the choice is offered to an administrator: MultiUser), adds a Start-menu shortcut and
; an optional desktop one, and registers its uninstaller in Windows' installed-programs list with
; the version and publisher. Uninstalling keeps the user's data folder (the base, the settings)
; unless "Remove my data" is ticked. English, Russian and Polish.
;
; SOURCE_DIR, EXE_NAME, VERSION, OUT_FILE and COMPRESSOR are !defines so that CI can also compile the script
; against the Linux PyInstaller folder as a stand-in (tests/test_installers.py).

Unicode true
!ifndef COMPRESSOR  ; the smallest installer; a quick check may pass /DCOMPRESSOR=zlib
  !define COMPRESSOR "/SOLID lzma"
!endif
SetCompressor ${COMPRESSOR}

!define APP_NAME "desktop-crm"
!define DISPLAY_NAME "Desktop CRM"
!define PUBLISHER "desktop_crm"
!ifndef VERSION  ; desktop_crm.__version__, given by whoever builds (one place for it)
  !error "Give the version: makensis /DVERSION=x.y.z ..."
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "${__FILEDIR__}\..\..\dist\${APP_NAME}"
!endif
!ifndef EXE_NAME
  !define EXE_NAME "${APP_NAME}-window.exe"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "${APP_NAME}-${VERSION}-setup.exe"
!endif
!define ICON "${__FILEDIR__}\..\icons\${APP_NAME}.ico"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"
!define APP_KEY "Software\${APP_NAME}"

Name "${DISPLAY_NAME}"
OutFile "${OUT_FILE}"
BrandingText "${DISPLAY_NAME} ${VERSION}"

; Per user without administrator rights, or all users when an administrator asks for it.
!define MULTIUSER_EXECUTIONLEVEL Highest
!define MULTIUSER_USE_PROGRAMFILES64  ; the program is 64-bit
!define MULTIUSER_MUI
!define MULTIUSER_INSTALLMODE_COMMANDLINE
!define MULTIUSER_INSTALLMODE_INSTDIR "${APP_NAME}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_INSTDIR_REGISTRY_VALUENAME "InstallDir"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_KEY "${APP_KEY}"
!define MULTIUSER_INSTALLMODE_DEFAULT_REGISTRY_VALUENAME "InstallMode"
!include MultiUser.nsh
!include MUI2.nsh
!include FileFunc.nsh
!include LogicLib.nsh

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_REGISTRY_ROOT SHCTX
!define MUI_LANGDLL_REGISTRY_KEY "${APP_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE_NAME}"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MULTIUSER_PAGE_INSTALLMODE
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "Polish"
!insertmacro MUI_RESERVEFILE_LANGDLL

LangString SEC_PROGRAM ${LANG_ENGLISH} "Desktop CRM (required)"
LangString SEC_PROGRAM ${LANG_RUSSIAN} "Desktop CRM (обязательно)"
LangString SEC_PROGRAM ${LANG_POLISH} "Desktop CRM (wymagane)"
LangString SEC_DESKTOP ${LANG_ENGLISH} "Desktop shortcut"
LangString SEC_DESKTOP ${LANG_RUSSIAN} "Ярлык на рабочем столе"
LangString SEC_DESKTOP ${LANG_POLISH} "Skrót na pulpicie"
LangString SEC_DATA ${LANG_ENGLISH} "Remove my data (my client base and settings)"
LangString SEC_DATA ${LANG_RUSSIAN} "Удалить мои данные (мою клиентскую базу и настройки)"
LangString SEC_DATA ${LANG_POLISH} "Usuń moje dane (moją bazę klientów i ustawienia)"

Section "!$(SEC_PROGRAM)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${SOURCE_DIR}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\${DISPLAY_NAME}.lnk" "$INSTDIR\${EXE_NAME}"
  WriteRegStr SHCTX "${APP_KEY}" "InstallDir" "$INSTDIR"
  WriteRegStr SHCTX "${APP_KEY}" "InstallMode" "$MultiUser.InstallMode"
  ; Windows' installed-programs list
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${DISPLAY_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${EXE_NAME},0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /$MultiUser.InstallMode /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SEC_DESKTOP)" SecDesktop
  CreateShortcut "$DESKTOP\${DISPLAY_NAME}.lnk" "$INSTDIR\${EXE_NAME}"
SectionEnd

Section "un.$(SEC_PROGRAM)" UnSecProgram
  SectionIn RO
  Delete "$SMPROGRAMS\${DISPLAY_NAME}.lnk"
  Delete "$DESKTOP\${DISPLAY_NAME}.lnk"
  ; what the installer put there (PyInstaller's programs and their _internal folder), then the
  ; folder if it is empty: a folder chosen by hand may hold other files. The user's data lives
  ; elsewhere ($LOCALAPPDATA).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_NAME}*.exe"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  DeleteRegKey SHCTX "${APP_KEY}"
SectionEnd

; Off unless ticked: uninstalling the program keeps the client base and the settings.
Section /o "un.$(SEC_DATA)" UnSecData
  ; the data folder of the user who uninstalls (an all-users install points $LOCALAPPDATA
  ; at ProgramData; desktop-crm keeps data per user: platformdirs' user_data_dir)
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP_NAME}"
SectionEnd

Function .onInit
  !insertmacro MULTIUSER_INIT
  !insertmacro MUI_LANGDLL_DISPLAY
FunctionEnd

Function un.onInit
  !insertmacro MULTIUSER_UNINIT
  !insertmacro MUI_UNGETLANGUAGE
FunctionEnd
