#!/usr/bin/env bash
# `make dist`: the offline one-folder bundle for Linux x86_64 as
# dist/familyedu-VERSION-linux-x86_64.tar.gz (two executables, fonts, translations, letter
# wording, the guide, licences, the desktop entry and install.sh). Needs the dist extra:
# pip install -e '.[dist]'.
#
# FAMILYEDU_GLIBC=2.28 (the default): the bundle runs on glibc 2.28 and newer (UOS 20,
# Kylin V10, Debian 10+, Ubuntu 20.04+), whatever this machine's glibc. It is frozen with a
# CPython built for glibc 2.28 (packaging/build-python-glibc228.sh, cached outside the
# repository), in a build environment of its own holding the manylinux_2_28 wheels of the
# same libraries (PySide6 6.9, the newest with such wheels), and it leaves the desktop's own
# system libraries (X11, fontconfig, GLib, ...) to the desktop. The build fails if any file
# in the bundle needs a newer glibc (scripts/glibc_floor.py).
# FAMILYEDU_GLIBC=host: frozen with this checkout's .venv as it is; runs only on this
# machine's glibc or newer.
set -euo pipefail
cd "$(dirname "$0")/.."
HOST_PY=${PYTHON:-.venv/bin/python}
GLIBC=${FAMILYEDU_GLIBC:-2.28}
VERSION=$("$HOST_PY" -c 'import familyedu; print(familyedu.__version__)')
NAME="familyedu-$VERSION-linux-x86_64"
start=$(date +%s)

if [ "$GLIBC" = host ]; then
  PY=$HOST_PY
elif [ "$GLIBC" = 2.28 ]; then
  CACHE=${FE_DIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/familyedu-dist/glibc-2.28}
  export FE_DIST_CACHE=$CACHE
  PY228=$(HOST_PYTHON="$HOST_PY" bash packaging/build-python-glibc228.sh | tail -1)
  BENV=$CACHE/build-env
  WHEELS=$CACHE/wheels
  mkdir -p "$WHEELS" build/glibc-2.28
  # The app's requirements, as manylinux_2_28 (or older) wheels, at the versions this
  # checkout's .venv has where such wheels exist. PySide6-Pdf is part of PySide6-Addons
  # before 6.10.
  "$HOST_PY" - > build/glibc-2.28/requirements.txt <<'EOF'
import tomllib
project = tomllib.load(open("pyproject.toml", "rb"))["project"]
for dep in project["dependencies"] + project["optional-dependencies"]["dist"]:
    if not dep.lower().startswith("pyside6-pdf"):
        print(dep)
EOF
  "$HOST_PY" -m pip freeze --exclude-editable 2>/dev/null \
    | grep -iv '^\(pyside6\|shiboken6\)' > build/glibc-2.28/constraints.txt
  platforms=()
  for tag in manylinux_2_28 manylinux_2_27 manylinux_2_26 manylinux_2_24 manylinux_2_17 \
             manylinux2014 manylinux_2_12 manylinux2010 manylinux_2_5 manylinux1; do
    platforms+=(--platform "${tag}_x86_64")
  done
  [ -x "$BENV/bin/python" ] || "$PY228" -m venv "$BENV"
  PY=$BENV/bin/python
  install_wheels() {
    "$PY" -m pip install -q --no-index --find-links "$WHEELS" \
      -r build/glibc-2.28/requirements.txt -c build/glibc-2.28/constraints.txt
  }
  # The wheels already fetched are enough unless the requirements changed.
  if ! install_wheels 2>/dev/null; then
    "$HOST_PY" -m pip download -q --only-binary=:all: "${platforms[@]}" \
      --python-version 3.11 --implementation cp -r build/glibc-2.28/requirements.txt \
      -c build/glibc-2.28/constraints.txt -d "$WHEELS"
    install_wheels
  fi
  rm -rf build/glibc-2.28/app && "$HOST_PY" -m pip wheel -q --no-deps \
    -w build/glibc-2.28/app .
  "$PY" -m pip install -q --no-index --no-deps --force-reinstall build/glibc-2.28/app/*.whl
  export FAMILYEDU_SYSTEM_LIBS=desktop
else
  echo "FAMILYEDU_GLIBC must be 2.28 or host, not $GLIBC" >&2
  exit 2
fi

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
# The oldest glibc the bundle runs on, and what sets it; a 2.28 bundle must not need more.
if [ "$GLIBC" = host ]; then
  "$HOST_PY" scripts/glibc_floor.py "build/$NAME" --system | tee build/glibc-floor.txt
  floor=$(sed -n 's/^glibc floor: \([0-9.]*\).*/\1/p' build/glibc-floor.txt)
  printf '\nBuilt with FAMILYEDU_GLIBC=host: this copy needs glibc %s or newer, not 2.28,\n%s\n' \
    "$floor" "and carries the build machine's own X11, GLib and C++ libraries." \
    >> "build/$NAME/README.txt"
else
  "$HOST_PY" scripts/glibc_floor.py "build/$NAME" --system --max "$GLIBC"
fi
mkdir -p dist
tar -C build -czf "dist/$NAME.tar.gz" "$NAME"
end=$(date +%s)
echo "dist/$NAME.tar.gz: $(du -h "dist/$NAME.tar.gz" | cut -f1) packed," \
     "$(du -sh "build/$NAME" | cut -f1) unpacked, built in $((end - start)) s"
