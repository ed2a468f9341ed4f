"""Export of raw controller log files for each electrolyser stack to the maintenance team."""
from __future__ import annotations

from functools import cached_property
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException, Query
from fastapi.responses import FileResponse
from pydantic_settings import BaseSettings, SettingsConfigDict


class ExportSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ELY_EXPORT_")

    log_root: Path = Path("/data/electrolyser/logs")
    stacks: tuple[str, ...] = ("stack-a", "stack-b", "stack-c", "stack-d")


class LogArchive:
    """Locates controller logs under the per-stack archive folders."""

    def __init__(self, settings: ExportSettings) -> None:
        self.settings = settings

    @cached_property
    def root(self) -> Path:
        return self.settings.log_root

    def stack_dir(self, stack_id: str) -> Path:
        if stack_id not in self.settings.stacks:
            raise KeyError(stack_id)
        return self.root / stack_id

    def locate(self, stack_id: str, log_name: str) -> Path:
        return self.stack_dir(stack_id) / log_name

    def listing(self, stack_id: str) -> list[str]:
        return sorted(p.name for p in self.stack_dir(stack_id).glob("*.log*"))


app = FastAPI(title="electrolyser-log-export")
_archive = LogArchive(ExportSettings())


def get_archive() -> LogArchive:
    return _archive


@app.get("/stacks/{stack_id}/logs")
def list_logs(stack_id: str, archive: LogArchive = Depends(get_archive)) -> list[str]:
    try:
        return archive.listing(stack_id)
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown stack")


@app.get("/stacks/{stack_id}/logs/download")
def download_log(
    stack_id: str,
    file: str = Query(..., min_length=1),
    archive: LogArchive = Depends(get_archive),
) -> FileResponse:
    try:
        path = archive.locate(stack_id, file)
    except KeyError:
        raise HTTPException(status_code=404, detail="unknown stack")
    if not path.is_file():
        raise HTTPException(status_code=404, detail="no such log")
    return FileResponse(path, media_type="text/plain", filename=path.name)
