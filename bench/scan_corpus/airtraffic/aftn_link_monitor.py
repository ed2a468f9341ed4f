"""Health monitor for AFTN/AMHS links with log redaction."""
from __future__ import annotations

import logging
import re
import socket
from dataclasses import dataclass, field
from typing import Dict, List


class CredentialRedactor(logging.Filter):
    """Masks anything that looks like a credential before a record is emitted."""

    pattern = re.compile(r"(?i)(password|passwd|secret|token)(\s*[=:]\s*)(\S+)")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = self.pattern.sub(lambda m: f"{m.group(1)}{m.group(2)}***", message)
        record.args = ()
        return True


logger = logging.getLogger("aftn.monitor")
logger.addFilter(CredentialRedactor())


@dataclass
class LinkEndpoint:
    name: str
    host: str
    port: int
    password: str = field(repr=False)


@dataclass
class LinkMonitor:
    endpoints: List[LinkEndpoint]
    timeout: float = 3.0
    last_state: Dict[str, bool] = field(default_factory=dict)

    def _probe(self, endpoint: LinkEndpoint) -> bool:
        try:
            with socket.create_connection((endpoint.host, endpoint.port), timeout=self.timeout):
                return True
        except OSError:
            return False

    def sweep(self) -> Dict[str, bool]:
        for endpoint in self.endpoints:
            up = self._probe(endpoint)
            if self.last_state.get(endpoint.name) != up:
                logger.warning("link %s changed state: %s (endpoint=%r)", endpoint.name, "UP" if up else "DOWN", endpoint)
            self.last_state[endpoint.name] = up
        return dict(self.last_state)
