"""Forwards lane transaction events from the lane PLC to the plaza aggregator over UDP."""
import json
import logging
import queue
import socket
import threading
from typing import Optional

log = logging.getLogger(__name__)


def encode_event(event: dict) -> bytes:
    return json.dumps(event, separators=(",", ":"), sort_keys=True).encode()


class LaneEventForwarder(threading.Thread):
    def __init__(
        self,
        lane_id: str,
        aggregator: tuple[str, int] = ("172.20.4.11", 5140),
        max_queue: int = 10_000,
    ) -> None:
        super().__init__(name=f"forwarder-{lane_id}", daemon=True)
        self.lane_id = lane_id
        self.aggregator = aggregator
        self.events: "queue.Queue[Optional[dict]]" = queue.Queue(maxsize=max_queue)
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.dropped = 0

    def submit(self, event: dict) -> None:
        try:
            self.events.put_nowait({**event, "lane": self.lane_id})
        except queue.Full:
            self.dropped += 1

    def stop(self) -> None:
        self.events.put(None)

    def run(self) -> None:
        while True:
            event = self.events.get()
            if event is None:
                break
            try:
                self._sock.sendto(encode_event(event), self.aggregator)
            except OSError as exc:
                log.error("lane %s: send failed: %s", self.lane_id, exc)
        self._sock.close()


if __name__ == "__main__":
    fwd = LaneEventForwarder("NB-03")
    fwd.start()
    fwd.submit({"type": "tag_read", "tag": "0140-7733102", "class": 2})
    fwd.stop()
    fwd.join()
