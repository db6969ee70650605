// Package cameo is the CAMEO codebook: event codes and actor codes.
package cameo
