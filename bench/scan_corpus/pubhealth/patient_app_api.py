"""FastAPI app behind the patient messaging mobile/web client."""
import os

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from .routers import appointments, messages, results

app = FastAPI(title="Patient Messaging API", version=os.environ.get("APP_VERSION", "dev"))

app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["GET", "POST", "PATCH"],
    allow_headers=["Authorization", "Content-Type"],
)

app.include_router(messages.router, prefix="/messages")
app.include_router(appointments.router, prefix="/appointments")
app.include_router(results.router, prefix="/results")


@app.get("/health")
def health() -> dict:
    return {"status": "ok"}
