"""Patient-facing API for the dialysis clinic app.

Patients use the web and mobile app to see upcoming chair times,
recent lab trends and transport bookings. The API is served by FastAPI
and uses a session cookie set at sign-in.
"""
from __future__ import annotations

from datetime import date

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

from .auth import current_patient
from .schedule import ChairSchedule
from .labs import LabTrends


class PortalHttpSettings:
    title = "Clinic Patient Portal"
    version = "2.4.1"
    cors = {
        "allow_origin_regex": r"https?://.*",
        "allow_credentials": True,
        "allow_methods": ["GET", "POST", "DELETE"],
        "allow_headers": ["Content-Type", "X-Requested-With"],
        "max_age": 600,
    }


def build_app(settings: type[PortalHttpSettings] = PortalHttpSettings) -> FastAPI:
    app = FastAPI(title=settings.title, version=settings.version)
    app.add_middleware(CORSMiddleware, **settings.cors)

    @app.get("/me/schedule")
    async def my_schedule(patient=Depends(current_patient)):
        slots = await ChairSchedule().upcoming(patient.id, weeks=2)
        return [
            {"date": s.day.isoformat(), "shift": s.shift, "chair": s.chair_label} for s in slots
        ]

    @app.get("/me/labs/{analyte}")
    async def my_lab_trend(analyte: str, since: date | None = None, patient=Depends(current_patient)):
        if analyte not in {"hb", "ktv", "phosphate", "potassium", "albumin"}:
            raise HTTPException(status_code=404)
        return await LabTrends().series(patient.id, analyte, since=since)

    @app.delete("/me/transport/{booking_id}")
    async def cancel_ride(booking_id: int, request: Request, patient=Depends(current_patient)):
        from .transport import TransportBookings

        ok = await TransportBookings().cancel(booking_id, patient_id=patient.id)
        if not ok:
            raise HTTPException(status_code=404)
        return {"cancelled": booking_id}

    return app


app = build_app()
