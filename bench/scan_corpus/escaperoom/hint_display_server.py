"""Tiny HTTP server that feeds the hint screen's kiosk browser.

Runs on the hint-screen mini PC itself; the Chromium kiosk on the same box
polls ``/hint`` once a second. The GM console writes hints into the queue
through the room server, never directly to this process.
"""
import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

LISTEN = ("127.0.0.1", int(os.environ.get("HINT_PORT", "8765")))

_state = {"text": "", "countdown": None}
_lock = threading.Lock()


def set_hint(text: str, countdown: int | None = None) -> None:
    with _lock:
        _state["text"] = text
        _state["countdown"] = countdown


class HintHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path != "/hint":
            self.send_error(404)
            return
        with _lock:
            body = json.dumps(_state).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        pass


def serve() -> ThreadingHTTPServer:
    server = ThreadingHTTPServer(LISTEN, HintHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
