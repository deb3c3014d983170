"""Schema steps, one module each, applied in order by `firstpost.core.store.migrations`."""
