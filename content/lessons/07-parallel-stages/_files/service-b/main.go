package main

import (
	"fmt"
	"log"
	"net/http"

	"example.com/shop/shared/greet"
	"github.com/google/uuid"
)

func main() {
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, greet.Line("service-b", uuid.NewString()))
	})
	log.Fatal(http.ListenAndServe(":8082", nil))
}
