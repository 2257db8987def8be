"""Build of the regionclip Python package (metadata in pyproject.toml).

regionclip/_lib.c, which includes the whole of regionclip.h, is compiled into a shared library
that regionclip/_ffi.py loads with ctypes. The header is not kept in this directory: it is
copied into the build from the repository root (../regionclip.h), from this directory in an
sdist (the sdist command puts it there), or from $REGIONCLIP_HEADER.

Compiler flags (unix compilers): -std=c99 -O3, plus -march=native and -fopenmp when the
compiler takes them. REGIONCLIP_NATIVE=0 leaves out -march=native (a library to copy to other
machines), REGIONCLIP_OPENMP=0 leaves out OpenMP (single-threaded calls).
"""
import os
import shutil
import tempfile
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext
from setuptools.command.sdist import sdist

HERE = Path(__file__).resolve().parent
HEADER = "regionclip.h"


def find_header() -> Path:
    env = os.environ.get("REGIONCLIP_HEADER")
    candidates = ([Path(env)] if env else []) + [HERE / HEADER, HERE.parent / HEADER]
    for path in candidates:
        if path.is_file():
            return path
    raise SystemExit(f"regionclip: {HEADER} not found (looked at {', '.join(map(str, candidates))}); "
                     "build from the repository's python/ directory or set REGIONCLIP_HEADER")


class BuildLib(build_ext):
    """build_ext for a plain shared library: the header copied into build_temp, flags probed."""

    def build_extensions(self) -> None:
        include = Path(self.build_temp) / "include"
        include.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(find_header(), include / HEADER)
        compile_args: list[str] = []
        link_args: list[str] = []
        if self.compiler.compiler_type == "unix":
            compile_args = ["-std=c99", "-O3"]
            if os.environ.get("REGIONCLIP_NATIVE", "1") != "0" and self._accepts(["-march=native"]):
                compile_args.append("-march=native")
            if os.environ.get("REGIONCLIP_OPENMP", "1") != "0" and self._accepts(["-fopenmp"], link=True):
                compile_args.append("-fopenmp")
                link_args.append("-fopenmp")
        for ext in self.extensions:
            ext.include_dirs.insert(0, str(include))
            ext.extra_compile_args += compile_args
            ext.extra_link_args += link_args
            if self.compiler.compiler_type == "unix":
                ext.libraries.append("m")
        super().build_extensions()

    def get_export_symbols(self, ext: Extension) -> list[str]:
        return []   # not a CPython extension module: there is no PyInit_ function to export

    def _accepts(self, flags: list[str], link: bool = False) -> bool:
        """Whether the compiler builds (and with link, links) a probe with these flags."""
        with tempfile.TemporaryDirectory() as tmp:
            src = Path(tmp) / "probe.c"
            src.write_text("#include <omp.h>\nint probe(void) { return omp_get_max_threads(); }\n" if "-fopenmp" in flags
                           else "int probe(void) { return 0; }\n")
            try:
                objects = self.compiler.compile([str(src)], output_dir=tmp, extra_postargs=flags)
                if link:
                    self.compiler.link_shared_object(objects, str(Path(tmp) / "probe.so"), extra_postargs=flags)
            except Exception:   # CompileError, LinkError: the flag is not available
                return False
        return True


class SdistWithHeader(sdist):
    """An sdist that builds on its own: regionclip.h goes next to setup.py in the archive."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        shutil.copyfile(find_header(), Path(base_dir) / HEADER)


setup(
    ext_modules=[Extension("regionclip._lib", sources=["regionclip/_lib.c"])],
    cmdclass={"build_ext": BuildLib, "sdist": SdistWithHeader},
)
