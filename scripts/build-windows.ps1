# Build the offline familyedu bundle on Windows 10/11 (x64):
#   dist\familyedu-VERSION-windows-x64.zip  holding familyedu.exe, familyedu-admin.exe, _internal\, licences\
#
# Run from the repository in PowerShell (Python 3.11 x64 from python.org installed, with
# "py" launcher):
#   powershell -ExecutionPolicy Bypass -File scripts\build-windows.ps1
#
# NOT TESTED: written for Windows but never run there (the project's machines are Linux).
# It uses the same PyInstaller spec as `make dist` (packaging\familyedu.spec, whose
# Windows-only parts are the .ico icon and no strip); familyedu.platform holds the code that
# differs on Windows (data folder %LOCALAPPDATA%\familyedu, Windows fonts folder for the
# letters' FangSong/SimSun/SimHei, network drives, file permissions).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

$venv = ".venv-windows"
if (-not (Test-Path "$venv\Scripts\python.exe")) {
    py -3.11 -m venv $venv
}
$py = "$venv\Scripts\python.exe"
& $py -m pip install --quiet --upgrade pip
& $py -m pip install --quiet -e ".[dist]"

$version = & $py -c "import familyedu; print(familyedu.__version__)"
$name = "familyedu-$version-windows-x64"
$started = Get-Date

Remove-Item -Recurse -Force build\pyinstaller, "build\$name" -ErrorAction SilentlyContinue
& $py -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath build\pyinstaller\dist --workpath build\pyinstaller\work packaging\familyedu.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

Copy-Item -Recurse build\pyinstaller\dist\familyedu "build\$name"
Copy-Item familyedu\resources\icons\familyedu.png "build\$name\"
Copy-Item packaging\README-bundle-windows.txt "build\$name\README.txt"
& $py packaging\collect_licences.py "build\$name\licences"
if ($LASTEXITCODE -ne 0) { throw "collecting the licences failed" }

# The bundle must start without Python or a network: the command line's help is the least.
& "build\$name\familyedu-admin.exe" --help | Out-Null
if ($LASTEXITCODE -ne 0) { throw "the bundled familyedu-admin.exe does not start" }

New-Item -ItemType Directory -Force dist | Out-Null
Compress-Archive -Force -Path "build\$name" -DestinationPath "dist\$name.zip"
$seconds = [int]((Get-Date) - $started).TotalSeconds
$size = [math]::Round((Get-Item "dist\$name.zip").Length / 1MB)
Write-Host "dist\$name.zip: $size MB, built in $seconds s"
