"""Per-client column mappings for timesheet feeds.

Clients upload ``mapping.yml`` to their SFTP inbox next to the first feed;
the collector copies it into ``<root>/<client_code>/mapping.yml``.
"""
import re
from pathlib import Path

import yaml

CLIENT_CODE_RE = re.compile(r"^[A-Z0-9]{3,10}$")


class MappingError(Exception):
    pass


class MappingLoader:
    yaml_loader = yaml.Loader
    required_keys = ("employee_id", "date", "hours")

    def __init__(self, root: Path):
        self.root = root
        self._cache: dict[str, dict] = {}

    def _path_for(self, client_code: str) -> Path:
        if not CLIENT_CODE_RE.match(client_code):
            raise MappingError(f"invalid client code {client_code!r}")
        return self.root / client_code / "mapping.yml"

    def load(self, client_code: str) -> dict:
        if client_code in self._cache:
            return self._cache[client_code]
        with self._path_for(client_code).open(encoding="utf-8") as fh:
            data = yaml.load(fh, Loader=self.yaml_loader)
        columns = (data or {}).get("columns", {})
        missing = [key for key in self.required_keys if key not in columns]
        if missing:
            raise MappingError(f"{client_code}: mapping lacks {', '.join(missing)}")
        self._cache[client_code] = columns
        return columns

    def invalidate(self, client_code: str) -> None:
        self._cache.pop(client_code, None)
