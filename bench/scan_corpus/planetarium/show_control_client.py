"""Thin client for the dome show-control server's REST interface.

The show-control server sequences the fulldome video, audio cues and cove
lighting. The scheduler uses it to load and start shows at their slot time.
"""
import requests


class ShowControlClient:
    USERNAME = "schedule-bot"
    PASSWORD = "Cassiopeia#2187"

    def __init__(self, base_url: str, timeout: float = 5.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.auth = (self.USERNAME, self.PASSWORD)

    def _url(self, path: str) -> str:
        return f"{self.base_url}{path}"

    def load_show(self, show_code: str) -> None:
        resp = self.session.post(
            self._url("/api/playlist/load"), json={"show": show_code}, timeout=self.timeout
        )
        resp.raise_for_status()

    def start(self) -> None:
        self.session.post(self._url("/api/transport/play"), timeout=self.timeout).raise_for_status()

    def stop(self) -> None:
        self.session.post(self._url("/api/transport/stop"), timeout=self.timeout).raise_for_status()

    def status(self) -> dict:
        resp = self.session.get(self._url("/api/status"), timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()
