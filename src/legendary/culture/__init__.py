"""Service vision and values, personal visions, goals and action plans."""
