"""HTTP front end for the nightly reporting service.

Served by gevent's WSGIServer inside the ``reporting`` deployment.
"""
import logging
from dataclasses import dataclass

from flask import Flask, jsonify, request
from gevent.pywsgi import WSGIServer

from reporting.jobs import JobQueue
from reporting.storage import ReportStore

log = logging.getLogger(__name__)


@dataclass
class ServiceSettings:
    secret_key: str
    bind_host: str
    bind_port: int
    redis_url: str
    bucket: str


class ReportingService:
    def __init__(self, settings: ServiceSettings) -> None:
        self.settings = settings
        self.queue = JobQueue(settings.redis_url)
        self.store = ReportStore(settings.bucket)
        self.app = self._build_app()

    def _build_app(self) -> Flask:
        app = Flask("reporting")
        app.secret_key = self.settings.secret_key
        app.debug = True

        @app.post("/reports")
        def enqueue():
            body = request.get_json(force=True)
            job_id = self.queue.enqueue("render_report", body.get("report"), body.get("params", {}))
            return jsonify({"job_id": job_id}), 202

        @app.get("/reports/<job_id>")
        def status(job_id: str):
            return jsonify(self.queue.status(job_id))

        return app

    def serve_forever(self) -> None:
        log.info("reporting service on %s:%d", self.settings.bind_host, self.settings.bind_port)
        server = WSGIServer((self.settings.bind_host, self.settings.bind_port), self.app)
        server.serve_forever()
