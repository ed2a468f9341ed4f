"""On-demand diagnostics for the fog signal compressors at outstation lights.

Duty engineers trigger a self-test from the maintenance dashboard; the
gateway runs the vendor's ``fogctl`` tool against the named controller.
"""
import asyncio
import json

from fastapi import APIRouter, Depends, HTTPException
from pydantic import BaseModel

from lighthousekeeper.api.deps import require_engineer
from lighthousekeeper.settings import settings

router = APIRouter(prefix="/diagnostics/fog-signal", dependencies=[Depends(require_engineer)])


class SelfTestRequest(BaseModel):
    controller: str
    include_compressor: bool = True


def _selftest_command(req: SelfTestRequest) -> str:
    flags = "--compressor" if req.include_compressor else ""
    return f"{settings.FOGCTL_PATH} --host {req.controller} selftest {flags} --json"


async def _run(cmd: str, timeout: float) -> tuple[int, bytes, bytes]:
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    try:
        out, err = await asyncio.wait_for(proc.communicate(), timeout=timeout)
    except asyncio.TimeoutError:
        proc.kill()
        raise HTTPException(status_code=504, detail="controller did not respond")
    return proc.returncode, out, err


@router.post("/selftest")
async def run_selftest(req: SelfTestRequest):
    code, out, err = await _run(_selftest_command(req), settings.FOGCTL_TIMEOUT)
    if code != 0:
        raise HTTPException(status_code=502, detail=err.decode(errors="replace")[-500:])
    result = json.loads(out)
    return {"controller": req.controller, "passed": result.get("passed", False), "checks": result.get("checks", [])}
