@echo off
rem Windows: audits the annual reports in reports-in\ (or the paths given) and writes out\findings.xlsx and
rem out\findings.json, like ./check. Needs only Java 17 or later on PATH. It runs the shipped
rem lib\nianbao-check.jar (the release zip) or, in the source tree, target\nianbao-check.jar (mvn package
rem builds it; this script never calls Maven). Arguments are passed through unchanged.
setlocal
chcp 65001 >nul
set "NIANBAO_HOME=%~dp0"
if "%NIANBAO_HOME:~-1%"=="\" set "NIANBAO_HOME=%NIANBAO_HOME:~0,-1%"
set "JAR=%NIANBAO_HOME%\lib\nianbao-check.jar"
if not exist "%JAR%" set "JAR=%NIANBAO_HOME%\target\nianbao-check.jar"
if not exist "%JAR%" (
  echo 找不到程序文件 lib\nianbao-check.jar：请重新解压安装包（解压后的文件夹里应有 lib、rules 和 check.cmd）。
  exit /b 1
)
where java >nul 2>nul
if errorlevel 1 (
  echo 找不到 Java：请先安装 Java 17 或更新版本，并确认命令提示符中能运行 java。
  exit /b 1
)
java -XX:+UseSerialGC -Xms64m -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%JAR%" %*
exit /b %ERRORLEVEL%
