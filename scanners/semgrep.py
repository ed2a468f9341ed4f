"""semgrep over many trees in one process, with the project's own rules only."""

from __future__ import annotations

import ctypes.util
import importlib.util
import json
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path

from scanners.finding import Finding, code_fingerprint, normalise_cwe
from scanners.tools import ScannerFailure, cpu_count, read_lines, run_tool, tool_path

RULES_DIR = Path(__file__).parent / "rules"
_IMPACT = {"HIGH": "high", "MEDIUM": "medium", "LOW": "low"}
_LEVEL = {"ERROR": "high", "WARNING": "medium", "INFO": "low"}


def run_semgrep(root: Path, rules: Path = RULES_DIR, timeout: float = 600, jobs: int | None = None,
                targets: list[str] | None = None, scanner: str = "semgrep"
                ) -> tuple[dict[str, list[Finding]], dict[str, str]]:
    """Findings under `root` (or only its `targets`) keyed by path relative to it, and the Python
    files semgrep did not scan in full, with why (their findings may be missing).

    The files are split into shards of about equal size, one single-threaded semgrep process each,
    run side by side: on this workload two such processes finish in about 70% of the time of one
    process with two worker threads, which spend a third more CPU contending with each other."""
    (root / ".semgrepignore").write_text("")  # an empty ignore file turns off semgrep's default skips (tests/ ...)
    files = targets if targets is not None else sorted(
        p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() and p.name != ".semgrepignore")
    if not files:
        return {}, {}
    shards = _shards(root, files, jobs or cpu_count())
    with ThreadPoolExecutor(max_workers=jobs or cpu_count()) as pool:
        reports = list(pool.map(lambda shard: _run_shard(root, rules, timeout, shard), shards))
    found: dict[str, list[Finding]] = {}
    failed: dict[str, str] = {}
    for shard, report in zip(shards, reports):
        found.update(_findings(root, report, scanner))
        failed.update(_not_scanned(shard, report))
    return found, failed


def _not_scanned(files: list[str], report: dict) -> dict[str, str]:
    """Files a rule timed out on, and Python files semgrep skipped (over its 1 MB limit): exit status
    0 either way, and nothing else in the report says their findings are incomplete."""
    out = {}
    for error in report.get("errors", []):
        if error.get("path"):
            kind = error.get("type", "error")
            kind = kind[0] if isinstance(kind, list) and kind else kind
            out[error["path"].removeprefix("./")] = f"{kind}: {str(error.get('message', '')).strip()[:200]}"
    if "scanned" not in report.get("paths", {}):
        return out
    scanned = {path.removeprefix("./") for path in report["paths"]["scanned"]}
    for rel in files:
        if rel.endswith(".py") and rel not in scanned and rel not in out:
            out[rel] = "skipped (semgrep does not scan files over 1 MB)"
    return out


def _shards(root: Path, files: list[str], jobs: int, max_files: int = 2000) -> list[list[str]]:
    """Files dealt largest first to the lightest shard; enough shards that no command line is huge."""
    count = max(1, min(len(files), max(jobs, -(-len(files) // max_files))))
    shards: list[list[str]] = [[] for _ in range(count)]
    load = [0] * count
    sizes = {rel: (root / rel).stat().st_size + 1 for rel in files}
    for rel in sorted(files, key=sizes.__getitem__, reverse=True):
        lightest = min((i for i in range(count) if len(shards[i]) < max_files), key=load.__getitem__)
        shards[lightest].append(rel)
        load[lightest] += sizes[rel]
    return [shard for shard in shards if shard]


# semgrep's process-based mode: its default runtime keeps a second OCaml domain even with -j 1, and
# every minor collection stops both (a tenth of the CPU time of a scan of the bench's samples). An
# experimental flag: dropped for the rest of the session if this semgrep does not know it.
_ONE_DOMAIN = ["--x-parmap"]


def _run_shard(root: Path, rules: Path, timeout: float, files: list[str]) -> dict:
    while True:
        flags = list(_ONE_DOMAIN)
        cmd = [
            tool_path("semgrep"), "scan", "--experimental", "--config", str(rules), "--json", "--quiet",
            # --disable-nosem: a model's `# nosemgrep` comment must not hide what it wrote
            "--metrics=off", "--disable-version-check", "--no-git-ignore", "--disable-nosem", "--timeout", "30",
            "-j", "1", *flags, "--", *files,
        ]
        try:
            # A minor heap of 1M words (8 MB) instead of 256k: semgrep allocates many short-lived
            # matches, and fewer minor collections took 9% off a scan of the bench's samples.
            proc = run_tool(cmd, root, timeout, env={"OCAMLRUNPARAM": "s=1M"}, preload=regex_cache())
        except FileNotFoundError:
            raise ScannerFailure("semgrep is not installed (not on PATH)") from None
        except subprocess.TimeoutExpired:
            raise ScannerFailure(f"semgrep timed out after {timeout:.0f}s") from None
        if not (flags and proc.returncode != 0 and re.search(r"unknown option '?--x-parmap", proc.stderr or "")):
            break
        _ONE_DOMAIN.clear()
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        raise ScannerFailure(f"semgrep exited {proc.returncode}: {tail[0][:300]}") from None
    if proc.returncode not in (0, 1) and not report.get("results"):
        raise ScannerFailure(f"semgrep exited {proc.returncode}: {_first_error(report)}")
    return report


def regex_cache() -> str | None:
    """The library that makes semgrep compile each regular expression once (scanners/regex_cache.c),
    to preload into it: where the package's install could build it and semgrep has a shared PCRE2,
    on Linux, unless SUITE_SEMGREP_REGEX_CACHE=0. None where it cannot be named in LD_PRELOAD (a space or colon)."""
    if os.environ.get("SUITE_SEMGREP_REGEX_CACHE", "1") == "0" or not sys.platform.startswith("linux"):
        return None
    return _built_regex_cache()


@lru_cache(maxsize=1)
def _built_regex_cache() -> str | None:
    if pcre2_library() is None:  # nothing for the cache to stand in for
        return None
    spec = importlib.util.find_spec("scanners._regex_cache")
    path = spec.origin if spec is not None else None
    return path if path and os.path.isfile(path) and not re.search(r"[\s:]", path) else None


@lru_cache(maxsize=1)
def pcre2_library() -> str | None:
    """The shared PCRE2 library semgrep compiles regular expressions with: its own copy beside
    semgrep-core, else the system's; None when there is none to find."""
    package = importlib.util.find_spec("semgrep")
    folders = package.submodule_search_locations if package is not None else None
    bundled = sorted((Path(folders[0]) / "bin" / "libs").glob("libpcre2-8.so*")) if folders else []
    return str(bundled[0]) if bundled else ctypes.util.find_library("pcre2-8")


def _findings(root: Path, report: dict, scanner: str) -> dict[str, list[Finding]]:
    found: dict[str, list[Finding]] = {}
    for res in report.get("results", []):
        meta = res.get("extra", {}).get("metadata", {})
        impact = str(meta.get("impact", "")).upper()
        severity = _IMPACT.get(impact) or _LEVEL.get(res.get("extra", {}).get("severity", ""), "medium")
        lines = res.get("extra", {}).get("lines", "")
        rel = res["path"].removeprefix("./")
        found.setdefault(rel, []).append(Finding(
            scanner=scanner,
            rule_id=res["check_id"].rsplit(".", 1)[-1],
            severity=severity,
            confidence=str(meta.get("confidence", "medium")).lower(),
            cwe=normalise_cwe(meta.get("cwe", ())),
            path=rel,
            line=res["start"]["line"],
            end_line=res["end"]["line"],
            message=res.get("extra", {}).get("message", "").strip(),
            fingerprint=code_fingerprint(read_lines(root / rel, res["start"]["line"], res["end"]["line"])),
            snippet=lines,
        ))
    return found


def rule_errors(report: dict) -> list[str]:
    return [str(e.get("message", e))[:300] for e in report.get("errors", [])]


def _first_error(report: dict) -> str:
    errors = rule_errors(report)
    return errors[0] if errors else "unknown error"

