#!/usr/bin/env bash
# The library keeps no mutable global state: its object file may hold code and read-only
# data (.rodata, and .data.rel.ro for tables of pointers), but no symbol in .data or .bss.
set -euo pipefail
obj=$1
bad=$(objdump -t "$obj" | awk '$0 ~ /[ \t](\.data|\.bss|\.tbss|\.tdata|COMMON)([ \t]|$)/ && $0 !~ /\.data\.rel\.ro/ {print}' \
      | grep -vE '[[:space:]]\.(data|bss)[[:space:]]+0+[[:space:]]+\.(data|bss)$' || true)
if [ -n "$bad" ]; then echo "mutable globals in $obj:"; echo "$bad"; exit 1; fi
echo "no mutable globals in $obj"
