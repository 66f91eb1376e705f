/** Documents: list, read with sentences, import (body or upload) and remove, behind the write token. */
package dev.techgraph.api.documents;
