"""HTTP API: partners fetch the status of the shipments they carry."""
from fastapi import Depends, FastAPI, Header, HTTPException

from tracking import db, settings


def create_app(db_path: str = settings.DB_PATH) -> FastAPI:
    app = FastAPI(title="Shipment tracking")
    app.state.conn = db.connect(db_path)

    def current_client(authorization: str | None = Header(default=None)) -> str:
        scheme, _, token = (authorization or "").partition(" ")
        client = db.client_for_token(app.state.conn, token.strip()) if scheme.lower() == "bearer" else None
        if client is None:
            raise HTTPException(401, "missing or unknown API token",
                                headers={"WWW-Authenticate": "Bearer"})
        return client

    @app.get("/health")
    def health():
        return {"status": "ok"}

    @app.get("/v1/shipments/{ref}")
    def shipment(ref: str, client: str = Depends(current_client)):
        row = db.get_shipment(app.state.conn, ref, client)
        if row is None:
            raise HTTPException(404, "no such shipment")
        return dict(row)

    return app

