@echo off
rem cls: the command-line tool, for Windows. Same arguments and exit codes as
rem "java -jar cls-cli.jar"; exits 2, with a message, when it finds no jar or no Java 17 or later.
rem Lays out as the distribution does: bin\cls.cmd and lib\cls-cli.jar. Runs %JAVA_HOME%\bin\java.exe,
rem else the java.exe of the PATH. CLS_JAVA_OPTS adds or overrides JVM options.
rem The messages keep to ASCII: the console's code page is not UTF-8. Paths are echoed outside
rem parenthesised blocks, where one with a parenthesis, "C:\Program Files (x86)", would end the block.
setlocal EnableExtensions

set "CLS_JAR=%~dp0..\lib\cls-cli.jar"
if not exist "%CLS_JAR%" goto noJar

set "CLS_JAVA="
if defined JAVA_HOME set "CLS_JAVA=%JAVA_HOME%\bin\java.exe"
if defined JAVA_HOME if not exist "%CLS_JAVA%" goto javaHomeWithoutJava
if not defined CLS_JAVA for %%j in (java.exe) do set "CLS_JAVA=%%~$PATH:j"
if not defined CLS_JAVA goto noJava

rem Its version, the text in quotes on the first line of "java -version": 17.0.2, 1.8.0_402.
set "CLS_VERSION="
for /f "tokens=3" %%v in ('call "%CLS_JAVA%" -version 2^>^&1') do if not defined CLS_VERSION set "CLS_VERSION=%%~v"
set "CLS_MAJOR="
for /f "tokens=1,2 delims=.-+_" %%a in ("%CLS_VERSION%") do if "%%a"=="1" (set "CLS_MAJOR=%%b") else (set "CLS_MAJOR=%%a")
set /a CLS_MAJOR_NUMBER=CLS_MAJOR 2>nul
if "%CLS_MAJOR_NUMBER%"=="0" goto unknownVersion
if %CLS_MAJOR_NUMBER% LSS 17 goto oldJava

"%CLS_JAVA%" -XX:TieredStopAtLevel=1 -XX:CICompilerCount=1 -XX:+UseSerialGC -XX:-UsePerfData %CLS_JAVA_OPTS% -jar "%CLS_JAR%" %*
exit /b %ERRORLEVEL%

:noJar
echo cls : fichier introuvable : %CLS_JAR% ; reprenez l'installation depuis l'archive de cls. 1>&2
exit /b 2

:javaHomeWithoutJava
echo cls : Java introuvable : JAVA_HOME (%JAVA_HOME%) ne contient pas bin\java.exe. 1>&2
exit /b 2

:noJava
echo cls : Java introuvable : installez Java 17 ou plus, ou indiquez son dossier dans JAVA_HOME. 1>&2
exit /b 2

:unknownVersion
echo cls : version de Java inconnue (%CLS_JAVA%) : il faut Java 17 ou plus ; indiquez son dossier dans JAVA_HOME. 1>&2
exit /b 2

:oldJava
echo cls : Java %CLS_VERSION% (%CLS_JAVA%) : il faut Java 17 ou plus ; installez-le, ou indiquez son dossier dans JAVA_HOME. 1>&2
exit /b 2
