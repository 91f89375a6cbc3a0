# Run by CPack (CPACK_PRE_BUILD_SCRIPTS) after the install into its staging tree and before the .dmg / .msi is made,
# so what gets packed is signed. Signing material comes from the environment, which the release workflow fills from
# its secrets; without it macOS gets an ad-hoc signature (Apple Silicon runs nothing unsigned) and Windows none.
#   macOS:   CODEXBRIDGE_MACOS_SIGN_IDENTITY   "Developer ID Application: ..." (in an unlocked keychain)
#   Windows: CODEXBRIDGE_WINDOWS_PFX, CODEXBRIDGE_WINDOWS_PFX_PASSWORD, CODEXBRIDGE_SIGNTOOL (path of signtool.exe)
set(resources "${CMAKE_CURRENT_LIST_DIR}/../resources")

# Commands are not echoed: the Windows one carries the certificate password.
function(run)
    execute_process(COMMAND ${ARGN} COMMAND_ERROR_IS_FATAL ANY)
endfunction()

if(APPLE)
    # Found by name: where CPack stages depends on the generator's install prefix.
    file(GLOB_RECURSE apps LIST_DIRECTORIES true "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/Codex Bridge.app")
    list(FILTER apps INCLUDE REGEX "/Codex Bridge\\.app$")
    if(NOT apps)
        message(FATAL_ERROR "SignPackage: no .app under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
    endif()
    set(identity "$ENV{CODEXBRIDGE_MACOS_SIGN_IDENTITY}")
    foreach(app IN LISTS apps)
        if(identity STREQUAL "")
            message(STATUS "SignPackage: no signing identity, ad-hoc signature on ${app}")
            run(codesign --force --deep --sign - "${app}")
            continue()
        endif()
        # Inside out: everything with the hardened runtime, then the WebEngine helper again with the JIT exceptions
        # it needs, then the bundle itself so that its seal covers the re-signed helper.
        run(codesign --force --deep --timestamp --options runtime --sign "${identity}" "${app}")
        set(helper "${app}/Contents/Frameworks/QtWebEngineCore.framework/Helpers/QtWebEngineProcess.app")
        if(EXISTS "${helper}")
            run(codesign --force --timestamp --options runtime --sign "${identity}"
                --entitlements "${resources}/macos/QtWebEngineProcess.entitlements" "${helper}")
        endif()
        run(codesign --force --timestamp --options runtime --sign "${identity}"
            --entitlements "${resources}/macos/codex-bridge.entitlements" "${app}")
        run(codesign --verify --deep --strict --verbose=2 "${app}")
        message(STATUS "SignPackage: signed ${app}")
    endforeach()
elseif(WIN32)
    set(pfx "$ENV{CODEXBRIDGE_WINDOWS_PFX}")
    if(pfx STREQUAL "")
        message(STATUS "SignPackage: no certificate, the executables stay unsigned")
        return()
    endif()
    set(signtool "$ENV{CODEXBRIDGE_SIGNTOOL}")
    if(signtool STREQUAL "")
        set(signtool signtool)
    endif()
    file(GLOB_RECURSE exes "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/codex-bridge.exe"
        "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/codex-bridge-dashboard.exe")
    if(NOT exes)
        message(FATAL_ERROR "SignPackage: no codex-bridge.exe under ${CPACK_TEMPORARY_INSTALL_DIRECTORY}")
    endif()
    foreach(exe IN LISTS exes)
        message(STATUS "SignPackage: signing ${exe}")
        run("${signtool}" sign /fd SHA256 /td SHA256 /tr http://timestamp.digicert.com
            /f "${pfx}" /p "$ENV{CODEXBRIDGE_WINDOWS_PFX_PASSWORD}" "${exe}")
    endforeach()
endif()
