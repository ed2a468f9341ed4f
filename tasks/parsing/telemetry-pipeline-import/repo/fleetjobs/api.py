"""HTTP API of the scheduler."""

import yaml
from fastapi import FastAPI, HTTPException, Response

from .models import JobDefinition
from .store import JobStore


def create_app(store: JobStore | None = None) -> FastAPI:
    app = FastAPI(title="fleetjobs")
    app.state.store = store or JobStore()

    @app.get("/jobs")
    def list_jobs() -> list[JobDefinition]:
        return app.state.store.all()

    @app.post("/jobs", status_code=201)
    def create_job(job: JobDefinition) -> JobDefinition:
        app.state.store.put(job)
        return job

    @app.get("/jobs/{name}")
    def get_job(name: str) -> JobDefinition:
        job = app.state.store.get(name)
        if job is None:
            raise HTTPException(status_code=404, detail=f"no job named {name}")
        return job

    @app.get("/jobs/{name}/export")
    def export_job(name: str) -> Response:
        job = get_job(name)
        text = yaml.dump(job.model_dump(), sort_keys=False, allow_unicode=True)
        return Response(content=text, media_type="application/yaml")

    return app


app = create_app()
