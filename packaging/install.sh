#!/bin/sh
# Put familyedu in this user's application menu (no root needed):
#   ./install.sh            run it from the unpacked folder, where it should stay
#   ./install.sh --remove   take the menu entry and the icon away again (the data stays)
# The program keeps running from this folder; the database lives in
# ~/.local/share/familyedu/ and is never touched by this script.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-"$HOME/.local/share"}
apps="$data/applications"
icons="$data/icons/hicolor/256x256/apps"
if [ "${1:-}" = "--remove" ]; then
    rm -f "$apps/familyedu.desktop" "$icons/familyedu.png"
    echo "familyedu was removed from the menu. Its data in $data/familyedu was kept."
    echo "已从菜单中移除 familyedu。数据（$data/familyedu）已保留。"
    exit 0
fi
if [ ! -x "$here/familyedu" ]; then
    echo "install.sh: run me from the unpacked familyedu folder (familyedu not found in $here)" >&2
    echo "install.sh：请在解压出的 familyedu 文件夹中运行（$here 中没有 familyedu）" >&2
    exit 1
fi
mkdir -p "$apps" "$icons"
cp "$here/familyedu.png" "$icons/familyedu.png"
# Exec needs the folder's absolute path; a path with spaces is quoted as the spec asks.
sed "s|^Exec=@BUNDLE@/familyedu|Exec=\"$here/familyedu\"|" "$here/familyedu.desktop" \
    > "$apps/familyedu.desktop"
chmod 644 "$apps/familyedu.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$apps" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q "$data/icons/hicolor" 2>/dev/null || true
echo "familyedu is in your application menu (Office). To start it from here: $here/familyedu"
echo "familyedu 已加入应用程序菜单（办公）。也可以直接运行：$here/familyedu"
echo "请不要移动或删除这个文件夹：菜单项指向这里。"
