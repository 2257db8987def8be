#!/usr/bin/env bash
# README's C example must compile against the current header: extract the ```c block, wrap it
# in a function that supplies its free variables, and build it with the strict flags.
set -euo pipefail
out=${1:-build}/readme_example.c
mkdir -p "$(dirname "$out")"
{
    echo '#include <stdio.h>'
    awk '/^```c$/ {on=1; next} /^```$/ && on {exit} on && /^#/ {print}' README.md
    echo 'int example(const unsigned char *pixels, int width, int height);'
    echo 'int example(const unsigned char *pixels, int width, int height) {'
    awk '/^```c$/ {on=1; next} /^```$/ && on {exit} on && !/^#/ {print}' README.md
    echo '    return 0;'
    echo '}'
} > "$out"
gcc -std=c99 -Wall -Wextra -pedantic -Werror -Wno-missing-field-initializers -I. -c "$out" -o "${out%.c}.o"
echo "README example compiles"
