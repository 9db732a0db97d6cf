#!/usr/bin/env bash
# `make dist`: the offline one-folder bundle for Linux x86_64 as
# dist/familyedu-VERSION-linux-x86_64.tar.gz (two executables, fonts, translations, letter
# wording, the guide, licences, the desktop entry and install.sh). Needs the dist extra:
# pip install -e '.[dist]'.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
VERSION=$("$PY" -c 'import familyedu; print(familyedu.__version__)')
NAME="familyedu-$VERSION-linux-x86_64"
start=$(date +%s)
rm -rf build/pyinstaller "build/$NAME"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/pyinstaller/dist --workpath build/pyinstaller/work packaging/familyedu.spec
mkdir -p "build/$NAME"
cp -a build/pyinstaller/dist/familyedu/. "build/$NAME/"
cp packaging/install.sh packaging/familyedu.desktop familyedu/resources/icons/familyedu.png \
   "build/$NAME/"
chmod +x "build/$NAME/install.sh"
"$PY" packaging/collect_licences.py "build/$NAME/licences"
cp packaging/README-bundle.txt "build/$NAME/README.txt"
mkdir -p dist
tar -C build -czf "dist/$NAME.tar.gz" "$NAME"
end=$(date +%s)
echo "dist/$NAME.tar.gz: $(du -h "dist/$NAME.tar.gz" | cut -f1) packed," \
     "$(du -sh "build/$NAME" | cut -f1) unpacked, built in $((end - start)) s"
