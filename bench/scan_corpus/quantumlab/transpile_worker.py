"""Queue worker that transpiles submitted OpenQASM circuits for a target backend.

The heavy lifting is done by the ``qlab-transpile`` binary shipped in the
worker image; this module only wires job payloads to it.
"""
import json
import logging
import subprocess
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

TRANSPILER = "/opt/qlab/bin/qlab-transpile"


def _command_for(job: dict, src: Path, out: Path) -> str:
    opt = int(job.get("optimization_level", 1))
    return (
        f"{TRANSPILER} --backend {job['backend']} --opt {opt} "
        f"--name '{job['circuit_name']}' {src} -o {out}"
    )


def handle_job(message: bytes) -> dict:
    job = json.loads(message)
    with tempfile.TemporaryDirectory(prefix="transpile-") as tmp:
        src = Path(tmp) / "input.qasm"
        out = Path(tmp) / "output.qasm"
        src.write_text(job["qasm"])
        proc = subprocess.run(_command_for(job, src, out), shell=True,
                              capture_output=True, text=True, timeout=300)
        if proc.returncode != 0:
            log.error("transpile failed for job %s: %s", job["id"], proc.stderr[-2000:])
            return {"id": job["id"], "status": "failed", "error": proc.stderr[-500:]}
        return {"id": job["id"], "status": "done", "qasm": out.read_text()}
