#!/usr/bin/env bash
# The user guide's pictures, made by the app itself over demo data, so they never go stale:
#   scripts/guide_screenshots.sh
# writes familyedu/resources/guide/{zh_CN,en}/images/*.png (1000 px wide, 256 colours).
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-.venv/bin/python}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export FAMILYEDU_DATA_DIR="$work/data" QT_QPA_PLATFORM=offscreen
"$PY" -m familyedu demo-data --minors 40 --seed 16 --today 2026-11-27 > "$work/accounts.txt"
password=$(awk '$1 == "supervisor" {print $4}' "$work/accounts.txt")
for lang in zh_CN en; do
    FAMILYEDU_USER=supervisor001 FAMILYEDU_PASSWORD="$password" \
        "$PY" main.py --lang "$lang" --screenshot-dir "$work/$lang" > /dev/null
    out="familyedu/resources/guide/$lang/images"
    mkdir -p "$out"
    for name in dashboard cases case_workspace new_case_dialog log_session_dialog letters \
                issue_letter_dialog administration; do
        shot=$(ls "$work/$lang"/[0-9][0-9]_"$name".png)
        convert "$shot" -resize '1000x>' -colors 256 "PNG8:$out/$name.png"
    done
done
du -sh familyedu/resources/guide/*/images
