#!/usr/bin/env bash
# Print the one-line command that README.md marks with <!-- komento: NAME -->
# (the first line of the fenced code block that follows the marker).
set -euo pipefail
name="$1"
readme="${2:-README.md}"
awk -v marker="<!-- komento: ${name} -->" '
  index($0, marker) { found = 1; next }
  found && /^```/ { if (inblock) exit; inblock = 1; next }
  found && inblock && NF { print; exit }
' "$readme"
