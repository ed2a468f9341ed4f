"""Workspace preparation for jobs picked up by the runner."""
import asyncio
import logging
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger("runner.workspace")

BUILDS_DIR = Path(os.environ.get("RUNNER_BUILDS_DIR", "/var/lib/ci-runner/builds"))
GIT_TIMEOUT = 300


@dataclass
class JobSpec:
    id: int
    project_path: str
    repo_url: str
    ref: str
    sha: str
    depth: int = 50


class WorkspaceError(RuntimeError):
    pass


async def _communicate(proc: asyncio.subprocess.Process, what: str) -> str:
    try:
        out, _ = await asyncio.wait_for(proc.communicate(), GIT_TIMEOUT)
    except asyncio.TimeoutError:
        proc.kill()
        await proc.wait()
        raise WorkspaceError(f"{what} timed out")
    if proc.returncode != 0:
        raise WorkspaceError(f"{what} failed: {out.decode(errors='replace').strip()}")
    return out.decode()


async def _git(ws: Path, *args: str) -> str:
    proc = await asyncio.create_subprocess_exec(
        "git", *args, cwd=ws,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    return await _communicate(proc, f"git {args[0]}")


def workspace_for(job: JobSpec) -> Path:
    return BUILDS_DIR / f"job-{job.id}"


async def prepare(job: JobSpec) -> Path:
    ws = workspace_for(job)
    if ws.exists():
        shutil.rmtree(ws)
    ws.mkdir(parents=True)
    await _git(ws, "init", "--quiet")
    await _git(ws, "remote", "add", "origin", job.repo_url)
    # shallow fetch first; some servers reject --depth for non-branch refs
    fetch = await asyncio.create_subprocess_shell(
        f"git fetch --quiet --depth={job.depth} origin {job.ref} || git fetch --quiet origin {job.ref}",
        cwd=ws, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )
    await _communicate(fetch, "git fetch")
    await _git(ws, "checkout", "--quiet", "--force", job.sha)
    log.info("job %s: workspace ready at %s (%s)", job.id, ws, job.sha[:12])
    return ws


async def cleanup(job: JobSpec) -> None:
    ws = workspace_for(job)
    await asyncio.to_thread(shutil.rmtree, ws, True)
