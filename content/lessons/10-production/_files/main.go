package main

import (
	"fmt"
	"log"
	"net/http"

	"github.com/google/uuid"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello from greeter %s, request %s\n", version, uuid.NewString())
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
