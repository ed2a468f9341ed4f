"""Fetching the job's revision into the runner workspace."""
import asyncio
import logging
import re
from pathlib import Path

log = logging.getLogger("runner.git")

GIT_TIMEOUT = 300
_SHA = re.compile(r"[0-9a-f]{40}")


class FetchError(RuntimeError):
    pass


async def git(workdir: Path, *args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        "git", "-C", str(workdir), *args,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), GIT_TIMEOUT)
    except asyncio.TimeoutError:
        proc.kill()
        await proc.wait()
        raise FetchError(f"git {args[0]} timed out")
    if proc.returncode != 0:
        raise FetchError(f"git {args[0]} exited with {proc.returncode}")
    return out.decode(errors="replace")


async def fetch_revision(workdir: Path, remote_url: str, ref: str, sha: str, depth: int = 50) -> None:
    if not ref or ref.startswith("-") or not _SHA.fullmatch(sha):
        raise FetchError("refusing suspicious ref or sha")
    workdir.mkdir(parents=True, exist_ok=True)
    await git(workdir, "init", "--quiet")
    await git(workdir, "remote", "add", "origin", remote_url)
    await git(
        workdir, "fetch", "--quiet", f"--depth={depth}", "origin",
        f"+refs/heads/{ref}:refs/remotes/origin/{ref}",
    )
    await git(workdir, "checkout", "--quiet", "--force", sha)
    head = (await git(workdir, "rev-parse", "HEAD")).strip()
    if head != sha:
        raise FetchError(f"checked out {head}, expected {sha}")
    log.info("checked out %s (%s)", sha[:12], ref)
