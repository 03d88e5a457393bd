package main

import (
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/google/uuid"
)

func main() {
	office, err := time.LoadLocation("Asia/Shanghai")
	if err != nil {
		log.Fatalf("time zones: %v", err)
	}
	http.HandleFunc("/", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "hello from greeter, request %s, office time %s\n", uuid.NewString(), time.Now().In(office).Format(time.Kitchen))
	})
	http.HandleFunc("/upstream", func(w http.ResponseWriter, r *http.Request) {
		resp, err := http.Get("https://example.com/")
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadGateway)
			return
		}
		defer resp.Body.Close()
		fmt.Fprintf(w, "upstream says %s\n", resp.Status)
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
