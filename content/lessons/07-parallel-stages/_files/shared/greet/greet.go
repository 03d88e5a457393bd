// Package greet holds the text both services answer with.
package greet

import "fmt"

// Line returns the greeting a service sends for one request.
func Line(service, request string) string {
	return fmt.Sprintf("%s: hello, request %s\n", service, request)
}
