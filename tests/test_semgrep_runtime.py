"""How semgrep is run for speed must not change what it finds: the regular-expression cache preloaded
into it (scanners/regex_cache.c) and its one-domain mode, with a fallback for a semgrep without it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import scanners.semgrep as semgrep_adapter
from scanners import RULES_DIR
from scanners.semgrep import pcre2_library, regex_cache, run_semgrep
from scanners.tools import run_tool, tool_path

needs_cache = pytest.mark.skipif(regex_cache() is None, reason="no regex cache here: no C compiler at install, or no shared PCRE2 in semgrep")


def _rule_test_files(root: Path) -> Path:
    for i, test_file in enumerate(sorted(RULES_DIR.rglob("*.py"))):
        target = root / f"{i:02d}" / test_file.name
        target.parent.mkdir(parents=True)
        shutil.copy(test_file, target)
    return root


def _key(found: dict) -> list:
    return sorted((f.path, f.rule_id, f.line, f.end_line, f.fingerprint) for fs in found.values() for f in fs)


@needs_cache
def test_the_regex_cache_finds_what_semgrep_alone_finds(tmp_path, monkeypatch):
    root = _rule_test_files(tmp_path)
    cached, cached_failed = run_semgrep(root, jobs=2)
    monkeypatch.setenv("SUITE_SEMGREP_REGEX_CACHE", "0")
    assert regex_cache() is None
    plain, plain_failed = run_semgrep(root, jobs=2)
    assert cached_failed == plain_failed == {}
    assert sum(map(len, plain.values())) > 100  # the rule test files are full of findings
    assert _key(cached) == _key(plain)


PROBE = r"""
import ctypes, sys
ctypes.CDLL(sys.argv[1], mode=ctypes.RTLD_GLOBAL)
g = ctypes.CDLL(None)  # the process's own lookup: the preloaded library comes first
compile_, free, match = g.pcre2_compile_8, g.pcre2_code_free_8, g.pcre2_match_8
compile_.restype = ctypes.c_void_p
compile_.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_uint32, ctypes.POINTER(ctypes.c_int),
                     ctypes.POINTER(ctypes.c_size_t), ctypes.c_void_p]
free.argtypes = [ctypes.c_void_p]
g.pcre2_match_data_create_from_pattern_8.restype = ctypes.c_void_p
g.pcre2_match_data_create_from_pattern_8.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
match.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.c_size_t, ctypes.c_uint32,
                  ctypes.c_void_p, ctypes.c_void_p]
err, off = ctypes.c_int(0), ctypes.c_size_t(7)
CASELESS, ZERO_TERMINATED = 0x8, ctypes.c_size_t(-1).value

def comp(text, options=0, length=None):
    return compile_(text, len(text) if length is None else length, options, ctypes.byref(err), ctypes.byref(off), None)

def matches(code, subject):
    data = g.pcre2_match_data_create_from_pattern_8(code, None)
    return match(code, subject, len(subject), 0, 0, data, None) > 0

first = comp(b"tok(en)+")
again = comp(b"tok(en)+")
print("same", first == again, err.value, off.value)
print("options", comp(b"tok(en)+", CASELESS) != first)
print("terminated", comp(b"tok(en)+", length=ZERO_TERMINATED) == first)
print("other", comp(b"tok(en)*") != first)
free(first)
print("after-free", comp(b"tok(en)+") == first, matches(first, b"a tokenen"), not matches(first, b"TOKEN"))
print("caseless", matches(comp(b"tok(en)+", CASELESS), b"TOKEN"))
print("error", comp(b"tok(en") is None, err.value != 100)
"""


@needs_cache
def test_the_regex_cache_hands_out_one_compiled_pattern_per_text_and_options(tmp_path):
    # the cache is built and offered only where semgrep has a shared PCRE2 to stand in for
    proc = subprocess.run([sys.executable, "-c", PROBE, pcre2_library()], capture_output=True, text=True, timeout=60,
                          env={"LD_PRELOAD": regex_cache(), "PATH": "/usr/bin:/bin"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split("\n") == [
        "same True 100 0",  # a second compilation is the first one, reported as a success
        "options True",  # other options: compiled anew
        "terminated True",  # the same text given zero-terminated
        "other True",
        "after-free True True True",  # freeing a kept pattern leaves it usable and kept
        "caseless True",
        "error True True",  # a pattern that does not compile still reports its error
        "",
    ]


def test_a_preload_goes_before_the_callers_own(tmp_path, monkeypatch):
    monkeypatch.setenv("LD_PRELOAD", "")
    show = ["/bin/sh", "-c", 'printf "%s" "$LD_PRELOAD"']
    assert run_tool(show, tmp_path, 10, preload="/opt/a.so").stdout == "/opt/a.so"
    monkeypatch.setenv("LD_PRELOAD", "/opt/user.so")
    assert run_tool(show, tmp_path, 10, preload="/opt/a.so").stdout == "/opt/a.so /opt/user.so"
    assert run_tool(show, tmp_path, 10).stdout == "/opt/user.so"


def test_a_semgrep_without_the_one_domain_mode_still_scans(tmp_path, monkeypatch):
    root = _rule_test_files(tmp_path / "files")
    expected, _ = run_semgrep(root, jobs=1)
    older = tmp_path / "semgrep"
    older.write_text(
        "#!/bin/sh\n"
        'for arg in "$@"; do\n'
        '  if [ "$arg" = --x-parmap ]; then\n'
        "    echo \"semgrep scan: unknown option '--x-parmap'.\" >&2; exit 2\n"
        "  fi\n"
        "done\n"
        f'exec {shutil.which(tool_path("semgrep"))} "$@"\n'
    )
    older.chmod(0o755)
    monkeypatch.setenv("SUITE_SEMGREP", str(older))
    monkeypatch.setattr(semgrep_adapter, "_ONE_DOMAIN", ["--x-parmap"])
    found, failed = run_semgrep(root, jobs=1)
    assert failed == {}
    assert _key(found) == _key(expected) and found
    assert semgrep_adapter._ONE_DOMAIN == []  # asked once, then no longer
