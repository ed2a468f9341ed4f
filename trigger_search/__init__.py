"""Trigger search: the context catalog, variant rendering, statistics, search and minimisation."""

from trigger_search.catalog import Catalog, CatalogError, Factor, Feature, Level, Profile, load_catalog
from trigger_search.context import Context, control_context

__all__ = ["Catalog", "CatalogError", "Factor", "Feature", "Level", "Profile", "load_catalog", "Context",
           "control_context"]
