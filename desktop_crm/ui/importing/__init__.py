"""The import wizard (source, settings, matching, preview, run, results) and import history."""
