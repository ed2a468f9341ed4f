"""Submit an assignment's code files to MOSS for similarity checking.

Wraps the standard ``moss`` Perl client; the client prints the report URL
on its last line of output.
"""
import subprocess
from pathlib import Path

MOSS_SCRIPT = Path("/opt/moss/moss.pl")
LANGUAGES = {"python", "java", "c", "cc", "javascript", "haskell", "matlab"}
EXTENSIONS = {"python": ".py", "java": ".java", "c": ".c", "cc": ".cpp", "javascript": ".js", "haskell": ".hs", "matlab": ".m"}


class MossError(RuntimeError):
    pass


def collect_files(submissions_dir: Path, language: str) -> list[Path]:
    suffix = EXTENSIONS[language]
    return sorted(p.resolve() for p in submissions_dir.rglob(f"*{suffix}") if p.is_file())


def submit(submissions_dir: Path, language: str, base_files: list[Path] | None = None) -> str:
    if language not in LANGUAGES:
        raise ValueError(f"unsupported language {language!r}")
    files = collect_files(submissions_dir, language)
    if len(files) < 2:
        raise MossError("need at least two submissions to compare")

    cmd = ["perl", str(MOSS_SCRIPT), "-l", language, "-d"]
    for base in base_files or []:
        cmd += ["-b", str(base.resolve())]
    cmd += [str(p) for p in files]

    proc = subprocess.run(cmd, cwd=submissions_dir, capture_output=True, text=True, timeout=900, check=False)
    if proc.returncode != 0:
        raise MossError(proc.stderr.strip()[-2000:] or "moss client failed")
    lines = proc.stdout.strip().splitlines()
    if not lines or not lines[-1].startswith("http"):
        raise MossError("no report URL in moss output")
    return lines[-1].strip()
