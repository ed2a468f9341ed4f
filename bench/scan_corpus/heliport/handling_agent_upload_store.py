"""Store cargo and baggage declarations uploaded by ground-handling agents."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from fastapi import FastAPI, File, HTTPException, UploadFile

app = FastAPI(title="handling-declarations")


class DeclarationStore:
    """Files land under <root>/<agent>/<original name>; agents may reuse names across flights."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def _target(self, agent_id: str, filename: str) -> Path:
        agent_dir = self.root / agent_id
        candidate = (agent_dir / filename).resolve()
        if candidate == agent_dir or not candidate.is_relative_to(agent_dir):
            raise ValueError("declaration path escapes the agent folder")
        return candidate

    def write(self, agent_id: str, filename: str, data: bytes) -> Path:
        target = self._target(agent_id, filename)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        return target

    def read(self, agent_id: str, filename: str) -> bytes:
        return self._target(agent_id, filename).read_bytes()


store = DeclarationStore(os.environ.get("DECLARATION_ROOT", "/var/lib/heliops/declarations"))


@app.post("/agents/{agent_id}/declarations")
async def upload_declaration(agent_id: str, doc: UploadFile = File(...)) -> dict:
    if not agent_id.isalnum():
        raise HTTPException(status_code=400, detail="invalid agent id")
    data = await doc.read()
    try:
        path = store.write(agent_id, doc.filename or "declaration.pdf", data)
    except ValueError as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    return {"name": path.name, "bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
