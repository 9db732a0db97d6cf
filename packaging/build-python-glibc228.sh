#!/usr/bin/env bash
# A CPython 3.11 that runs on glibc 2.28 (UOS 20, Kylin V10, Debian 10 and newer), built on
# this machine whatever its own glibc, for `make dist` (packaging/build-linux.sh).
#
# The C compiler is Zig's (`zig cc -target x86_64-linux-gnu.2.28`, from the ziglang package on
# PyPI): it links against glibc 2.28's symbol versions, not the build machine's. The sources
# are Debian bookworm's source packages (CPython 3.11.2, zlib, libffi, bzip2, xz, SQLite,
# OpenSSL),
# fetched with apt-get through a private apt configuration under the cache folder (the
# system's apt sources are left alone). Those libraries are linked statically into the
# extension modules, so the bundle carries no system copy of them (OpenSSL too: the bundle's
# ssl module never loads the system's libssl). Not built, because the app uses none of them:
# readline, curses, tkinter, dbm, uuid's C part.
#
# Everything lives in $FE_DIST_CACHE (default ~/.cache/familyedu-dist/glibc-2.28), outside the
# repository; a finished build is reused (about 15 minutes of CPU the first time). Prints the
# interpreter's path as its last line.
set -euo pipefail
CACHE=${FE_DIST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/familyedu-dist/glibc-2.28}
ZIG_VERSION=0.17.1
TARGET=x86_64-linux-gnu.2.28
PY=$CACHE/python/bin/python3.11
HOST_PYTHON=${HOST_PYTHON:-python3}
if [ -x "$PY" ] && [ -f "$CACHE/python/.complete" ]; then
  echo "$PY"
  exit 0
fi
mkdir -p "$CACHE"/{bin,src,work,prefix/lib,prefix/include,zig}
# The compilers' warnings go to build.log; the steps and, on failure, the log's end to the
# terminal.
LOG=$CACHE/build.log
: > "$LOG"
exec 3>&2 2>>"$LOG"
log() { echo "[python for glibc 2.28] $*" >&3; }
trap 'log "failed; the end of $LOG:"; tail -25 "$LOG" >&3' ERR

# 1. Zig, from its PyPI wheel (a binary inside a registry package).
ZIG=$CACHE/zig/pkg/ziglang/zig
if [ ! -x "$ZIG" ]; then
  log "fetching ziglang $ZIG_VERSION from PyPI"
  "$HOST_PYTHON" -m pip download -q --no-deps --only-binary=:all: "ziglang==$ZIG_VERSION" \
    -d "$CACHE/zig"
  "$HOST_PYTHON" -m zipfile -e "$CACHE"/zig/ziglang-*.whl "$CACHE/zig/pkg"
  chmod +x "$ZIG"
fi
export ZIG_GLOBAL_CACHE_DIR=$CACHE/zig-cache ZIG_LOCAL_CACHE_DIR=$CACHE/zig-cache
# -fno-sanitize=all: zig cc turns on UBSan traps when no -O is given, which breaks the
# configure scripts' test programs.
# -Wno-error=date-time: CPython stamps its build date. zig's linker knows `-soname` but not
# GNU ld's short `-h` that CPython's Makefile gives, and cannot make a shared library out of
# other libraries alone (CPython's libpython3.so): it is given an empty C file as well.
: > "$CACHE/bin/empty.c"
cat > "$CACHE/bin/cc" <<EOF
#!/bin/sh
shared=no; inputs=no
for arg in "\$@"; do
  shift
  case "\$arg" in
    -Wl,-h*) set -- "\$@" "-Wl,-soname,\${arg#-Wl,-h}" ;;
    *) set -- "\$@" "\$arg" ;;
  esac
  case "\$arg" in
    -shared) shared=yes ;;
    -|*.c|*.o|*.a|*.s|*.S|*.cc|*.cpp) inputs=yes ;;
  esac
done
[ \$shared = yes ] && [ \$inputs = no ] && set -- "\$@" "$CACHE/bin/empty.c"
exec "$ZIG" cc -target $TARGET -fno-sanitize=all -Wno-error=date-time "\$@"
EOF
printf '#!/bin/sh\nexec "%s" ar "$@"\n' "$ZIG" > "$CACHE/bin/ar"
printf '#!/bin/sh\nexec "%s" ranlib "$@"\n' "$ZIG" > "$CACHE/bin/ranlib"
chmod +x "$CACHE"/bin/*
export CC=$CACHE/bin/cc AR=$CACHE/bin/ar RANLIB=$CACHE/bin/ranlib
# libffi 3.4.4 calls a function it declares nowhere, an error for clang 16 and later.
BASE_CFLAGS="-O2 -fPIC -Wno-error=implicit-function-declaration"

# 2. Sources: Debian bookworm's source packages, through a private apt configuration.
APT=$CACHE/apt
fetch_sources() {
  mkdir -p "$APT/lists/partial" "$APT/cache/archives/partial"
  printf 'deb-src http://deb.debian.org/debian bookworm main\n' > "$APT/sources.list"
  local opts=(-o "Dir::Etc::SourceList=$APT/sources.list" -o "Dir::Etc::SourceParts=$APT/none"
              -o "Dir::State::Lists=$APT/lists" -o "Dir::Cache=$APT/cache"
              -o "APT::Sandbox::User=$(id -un)" -q)
  log "fetching Debian bookworm sources: $*"
  apt-get "${opts[@]}" update >/dev/null
  (cd "$CACHE/src" && apt-get "${opts[@]}" source --download-only "$@" >/dev/null)
}
wanted=()
for pkg in python3.11 zlib libffi bzip2 xz-utils sqlite3 openssl; do
  compgen -G "$CACHE/src/${pkg}_*.orig.tar.*" >/dev/null || wanted+=("$pkg")
done
[ ${#wanted[@]} -eq 0 ] || fetch_sources "${wanted[@]}"
unpack() {  # unpack PACKAGE: the orig tarball into work/, prints the folder
  local tarball
  tarball=$(compgen -G "$CACHE/src/${1}_*.orig.tar.*" | grep -v -- '-www\|\.asc$' | head -1)
  local dir
  dir=$(tar tf "$tarball" | head -1 | cut -d/ -f1)
  rm -rf "${CACHE:?}/work/$dir"
  tar -C "$CACHE/work" -xf "$tarball"
  echo "$CACHE/work/$dir"
}

# 3. The libraries the standard library's extension modules need, static and position
# independent, so they end up inside those modules.
P=$CACHE/prefix
JOBS=${JOBS:-2}
if [ ! -f "$P/lib/libz.a" ]; then
  log "zlib"
  (cd "$(unpack zlib)" && CFLAGS=$BASE_CFLAGS ./configure --static --prefix="$P" >>"$LOG" \
     && make -j"$JOBS" libz.a >>"$LOG" && make install >>"$LOG")
fi
if [ ! -f "$P/lib/libffi.a" ]; then
  log "libffi"
  (cd "$(unpack libffi)" && CFLAGS=$BASE_CFLAGS ./configure --prefix="$P" --disable-shared \
     --enable-static --with-pic --disable-docs >>"$LOG" \
     && make -j"$JOBS" >>"$LOG" && make install >>"$LOG")
fi
if [ ! -f "$P/lib/libbz2.a" ]; then
  log "bzip2"
  (cd "$(unpack bzip2)" && make -j"$JOBS" libbz2.a CC="$CC" AR="$AR" RANLIB="$RANLIB" \
     CFLAGS="$BASE_CFLAGS -D_FILE_OFFSET_BITS=64" >>"$LOG" \
     && cp libbz2.a "$P/lib/" && cp bzlib.h "$P/include/")
fi
if [ ! -f "$P/lib/liblzma.a" ]; then
  log "xz"
  (cd "$(unpack xz-utils)" && CFLAGS=$BASE_CFLAGS ./configure --prefix="$P" --disable-shared \
     --enable-static --with-pic --disable-xz --disable-xzdec --disable-lzmadec \
     --disable-lzmainfo --disable-lzma-links --disable-scripts --disable-doc --disable-nls \
     >>"$LOG" && make -j"$JOBS" >>"$LOG" && make install >>"$LOG")
fi
if [ ! -f "$P/lib/libsqlite3.a" ]; then
  log "SQLite (needs tclsh to make its amalgamation: Debian package tcl)"
  command -v tclsh >/dev/null || { log "tclsh not found: apt-get install tcl"; exit 1; }
  (cd "$(unpack sqlite3)" && CFLAGS="$BASE_CFLAGS -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE \
     -DSQLITE_ENABLE_DBSTAT_VTAB -DSQLITE_ENABLE_COLUMN_METADATA \
     -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_MAX_VARIABLE_NUMBER=250000" \
     ./configure --prefix="$P" --disable-shared --enable-static --with-pic --disable-tcl \
     --disable-readline --enable-threadsafe >>"$LOG" \
     && make -j"$JOBS" libsqlite3.la >>"$LOG" \
     && cp .libs/libsqlite3.a "$P/lib/" && cp sqlite3.h sqlite3ext.h "$P/include/")
fi

if [ ! -f "$P/lib/libssl.a" ]; then
  # python-stdnum imports ssl (for its online checks, which familyedu never makes).
  log "OpenSSL (the longest step)"
  (cd "$(unpack openssl)" && ./Configure linux-x86_64 --prefix="$P" --libdir=lib \
     --openssldir=/usr/lib/ssl no-shared no-tests no-module no-afalgeng \
     CC="$CC" AR="$AR" RANLIB="$RANLIB" CFLAGS="$BASE_CFLAGS" >>"$LOG" \
     && make -j"$JOBS" build_libs >>"$LOG" && make install_dev >>"$LOG")
fi

# 4. CPython itself, with a shared libpython (PyInstaller needs it).
log "CPython 3.11"
SRC=$(unpack python3.11)
cd "$SRC"
export PKG_CONFIG_LIBDIR=$P/lib/pkgconfig  # never the build machine's .pc files
# setup.py (which builds the extension modules) adds /usr/include/x86_64-linux-gnu and
# /usr/lib/x86_64-linux-gnu: this machine's headers and libraries, of a newer glibc.
sed -i 's|^    def add_multiarch_paths(self):$|&\n        return  # familyedu: not the build machine'"'"'s headers|' setup.py
grep -q "familyedu: not the build machine" setup.py
./configure --prefix="$CACHE/python" --enable-shared --with-ensurepip=install \
  --disable-test-modules \
  CFLAGS="-Wno-error=implicit-function-declaration" CPPFLAGS="-I$P/include" \
  LDFLAGS="-L$P/lib -Wl,-rpath,$CACHE/python/lib" \
  ZLIB_CFLAGS="-I$P/include" ZLIB_LIBS="-L$P/lib -lz" \
  LIBFFI_CFLAGS="-I$P/include" LIBFFI_LIBS="-L$P/lib -lffi" \
  BZIP2_CFLAGS="-I$P/include" BZIP2_LIBS="-L$P/lib -lbz2" \
  LIBLZMA_CFLAGS="-I$P/include" LIBLZMA_LIBS="-L$P/lib -llzma" \
  LIBSQLITE3_CFLAGS="-I$P/include" LIBSQLITE3_LIBS="-L$P/lib -lsqlite3 -lm" \
  --with-openssl="$P" LIBS="-ldl -lpthread" py_cv_module_readline=n/a \
  py_cv_module__curses=n/a py_cv_module__curses_panel=n/a py_cv_module__tkinter=n/a \
  py_cv_module__dbm=n/a py_cv_module__gdbm=n/a py_cv_module__uuid=n/a \
  py_cv_module_nis=n/a py_cv_module__crypt=n/a >>"$LOG"
make -j"$JOBS" >>"$LOG"
make install >>"$LOG"
# The modules the app needs must be there (a missing library fails quietly in CPython's build).
"$PY" -c 'import zlib, bz2, lzma, ctypes, sqlite3, ssl, hashlib; hashlib.sha256(); print("ok")' >/dev/null
touch "$CACHE/python/.complete"
rm -rf "${CACHE:?}/work" "$CACHE/zig-cache"  # the unpacked sources and objects: 0.8 GB
log "done: $PY"
echo "$PY"
